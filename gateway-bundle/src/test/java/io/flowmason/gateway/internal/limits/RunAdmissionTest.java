package io.flowmason.gateway.internal.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.executor.run.Usage;
import io.flowmason.gateway.internal.store.Database;
import io.flowmason.gateway.internal.store.TestDatabases;
import io.flowmason.gateway.internal.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RunAdmissionTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:30Z"));
    private Database database;
    private PipelineLimitsStore limits;
    private UsageLedger usage;
    private RunAdmission admission;

    @BeforeEach
    void open() throws Exception {
        database = TestDatabases.inMemory();
        limits = new PipelineLimitsStore(database);
        usage = new UsageLedger(database, clock, false);
        admission = new RunAdmission(new InMemoryRateLimiter(clock), limits, usage, clock, 3, 100);
    }

    @AfterEach
    void close() {
        TestDatabases.close(database);
    }

    private static Caller key(String id) {
        return new Caller(id, null, null, null, null);
    }

    @Test
    void theOwnerIsNotLimitedUnlessThePipelineIs() {
        for (int i = 0; i < 10; i++) {
            Admission admitted = admission.admit(Caller.owner(), "p");
            assertThat(admitted).isInstanceOf(Admission.Admitted.class);
            assertThat(((Admission.Admitted) admitted).tightest().limited()).isFalse();
        }
    }

    @Test
    void otherKeysGetTheOrganisationDefaultsOrTheirOwnLimits() {
        for (int i = 0; i < 3; i++) {
            assertThat(admission.admit(key("k1"), "p")).isInstanceOf(Admission.Admitted.class);
        }
        Admission refused = admission.admit(key("k1"), "p");
        assertThat(refused).isInstanceOfSatisfying(Admission.Refused.class, r -> {
            assertThat(r.code()).isEqualTo("rate_limited");
            assertThat(r.message()).contains("API key 'k1'", "3 runs per minute");
            assertThat(r.retryAfterSeconds()).isEqualTo(30);
        });
        assertThat(admission.admit(new Caller("k2", 5, null, null, null), "p")).isInstanceOfSatisfying(Admission.Admitted.class,
                a -> assertThat(a.tightest().remaining()).isEqualTo(4));
    }

    @Test
    void pipelineLimitsApplyToEveryoneAndReportTheTightestWindow() throws Exception {
        limits.put("p", new PipelineLimits(2, null, null, null));
        Admission first = admission.admit(key("k1"), "p");
        assertThat(((Admission.Admitted) first).tightest().remaining()).as("pipeline 1 left, key 2").isEqualTo(1);
        assertThat(admission.admit(Caller.owner(), "p")).isInstanceOf(Admission.Admitted.class);

        Admission refused = admission.admit(key("k1"), "p");
        assertThat(refused).isInstanceOfSatisfying(Admission.Refused.class,
                r -> assertThat(r.message()).contains("pipeline 'p'", "2 runs per minute"));
        assertThat(admission.admit(key("k1"), "other")).as("the refused run did not use up the key").isInstanceOfSatisfying(
                Admission.Admitted.class, a -> assertThat(a.tightest().remaining()).isEqualTo(1));
    }

    @Test
    void budgetsRefuseOnceSpentWithoutTakingFromTheRates() throws Exception {
        limits.put("p", new PipelineLimits(null, null, 10L, null));
        usage.record(null, "p", List.of(), new Usage(4, 4, 0.01, 1));
        assertThat(admission.admit(Caller.owner(), "p")).isInstanceOf(Admission.Admitted.class);
        usage.record(null, "p", List.of(), new Usage(1, 1, 0.01, 1));
        Admission refused = admission.admit(Caller.owner(), "p");
        assertThat(refused).isInstanceOfSatisfying(Admission.Refused.class, r -> {
            assertThat(r.code()).isEqualTo("quota_exceeded");
            assertThat(r.message()).contains("pipeline 'p'", "10 tokens");
        });

        Caller budgeted = new Caller("k1", 1, null, null, 0.02);
        assertThat(admission.admit(budgeted, "q")).isInstanceOf(Admission.Admitted.class);
        usage.record("k1", "q", List.of(), new Usage(1, 1, 0.02, 1));
        clock.advanceSeconds(60);
        assertThat(admission.admit(budgeted, "q")).isInstanceOfSatisfying(Admission.Refused.class,
                r -> assertThat(r.message()).contains("API key 'k1'", "cost budget"));
        assertThat(admission.admit(new Caller("k1", 1, null, null, null), "q")).as("the budget refusal took no request").isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void pipelineLimitsAreKeptAcrossRestarts() throws Exception {
        limits.put("p", new PipelineLimits(5, 50, 1000L, 2.5));
        limits.put("p", new PipelineLimits(6, null, null, null));
        assertThat(new PipelineLimitsStore(database).get("p")).isEqualTo(new PipelineLimits(6, null, null, null));
        assertThat(new PipelineLimitsStore(database).get("none")).isEqualTo(PipelineLimits.NONE);
    }
}
