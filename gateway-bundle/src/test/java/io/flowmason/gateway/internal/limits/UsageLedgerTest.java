package io.flowmason.gateway.internal.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.executor.run.RunStatus;
import io.flowmason.executor.run.StageSpan;
import io.flowmason.executor.run.Usage;
import io.flowmason.gateway.internal.store.Database;
import io.flowmason.gateway.internal.store.TestDatabases;
import io.flowmason.gateway.internal.testing.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UsageLedgerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-30T12:00:00Z"));
    private Database database;

    @AfterEach
    void close() {
        TestDatabases.close(database);
    }

    private static StageSpan span(String type, long in, long out, double cost) {
        return new StageSpan("s-" + type, type, "1.0.0", null, RunStatus.COMPLETED, Instant.EPOCH, 1, 1, null, null, null,
                new Usage(in, out, cost, 1), List.of());
    }

    private static void run(UsageLedger ledger, String key, String pipeline) {
        ledger.record(key, pipeline, List.of(span("llm", 3, 4, 0.007), span("upper", 0, 0, 0)), new Usage(3, 4, 0.007, 5));
    }

    @Test
    void countsAtOnceInMemoryAndWritesOnlyWhenFlushed() throws Exception {
        database = TestDatabases.inMemory();
        UsageLedger ledger = new UsageLedger(database, clock, false);

        run(ledger, null, "p");
        run(ledger, "k1", "p");

        assertThat(ledger.pipelineMonthToDate("p")).isEqualTo(new UsageCounts(2, 6, 8, 0.014));
        assertThat(ledger.keyMonthToDate("owner").totalTokens()).isEqualTo(7);
        assertThat(ledger.keyMonthToDate("k1").runs()).isEqualTo(1);
        assertThat(new UsageLedger(database, clock, false).pipelineMonthToDate("p")).as("nothing written yet").isEqualTo(UsageCounts.ZERO);

        ledger.flush();
        run(ledger, null, "p");
        ledger.flush();

        UsageLedger restarted = new UsageLedger(database, clock, false);
        assertThat(restarted.pipelineMonthToDate("p").runs()).isEqualTo(3);
        assertThat(restarted.keyMonthToDate("owner").totalTokens()).isEqualTo(14);
    }

    @Test
    void reportsGroupRunsByKeyPipelineDayAndComponent() throws Exception {
        database = TestDatabases.inMemory();
        UsageLedger ledger = new UsageLedger(database, clock, false);
        run(ledger, null, "p");
        run(ledger, null, "q");
        clock.advanceSeconds(86_400);
        run(ledger, "k1", "p");

        LocalDate from = LocalDate.of(2026, 3, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        List<Map<String, Object>> byKey = ledger.report(from, to, UsageStore.GroupBy.KEY);
        assertThat(byKey).extracting(r -> r.get("key_id"), r -> r.get("runs")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("k1", 1L), org.assertj.core.groups.Tuple.tuple("owner", 2L));
        assertThat(ledger.report(from, to, UsageStore.GroupBy.PIPELINE)).extracting(r -> r.get("pipeline_id"), r -> r.get("total_tokens"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("p", 14L), org.assertj.core.groups.Tuple.tuple("q", 7L));
        assertThat(ledger.report(from, to, UsageStore.GroupBy.DAY)).extracting(r -> r.get("day"), r -> r.get("runs"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-03-30", 2L), org.assertj.core.groups.Tuple.tuple("2026-03-31", 1L));
        List<Map<String, Object>> byComponent = ledger.report(from, to, UsageStore.GroupBy.COMPONENT);
        assertThat(byComponent).extracting(r -> r.get("component_type"), r -> r.get("runs"), r -> r.get("cost_usd"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("llm", 3L, 0.021), org.assertj.core.groups.Tuple.tuple("upper", 3L, 0.0));
        assertThat(ledger.report(to, to, UsageStore.GroupBy.KEY)).hasSize(1);
    }

    @Test
    void theMonthToDateStartsAgainInANewMonth() throws Exception {
        database = TestDatabases.inMemory();
        UsageLedger ledger = new UsageLedger(database, clock, false);
        run(ledger, null, "p");
        ledger.flush();
        clock.set(Instant.parse("2026-04-01T00:00:01Z"));
        assertThat(ledger.pipelineMonthToDate("p")).isEqualTo(UsageCounts.ZERO);
        assertThat(new UsageLedger(database, clock, false).pipelineMonthToDate("p")).isEqualTo(UsageCounts.ZERO);
    }
}
