package io.flowmason.gateway.internal.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.gateway.internal.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunIdsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
    private final RunIds ids = new RunIds(clock);

    @Test
    void idsMadeLaterSortAfterEarlierOnes() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            made.add(ids.next());
            clock.set(clock.instant().plusMillis(1));
        }
        assertThat(made).isSorted();
    }

    @Test
    void idsOfTheSameMillisecondDifferAndKeepTheFormat() {
        HashSet<String> made = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = ids.next();
            assertThat(id).matches("run_[0-9a-f]{24}");
            made.add(id);
        }
        assertThat(made).hasSize(10_000);
    }

    @Test
    void theTimePartIsTheCreationTimeInMilliseconds() {
        String id = ids.next();
        assertThat(Long.parseLong(id.substring(4, 16), 16)).isEqualTo(clock.millis());
    }
}
