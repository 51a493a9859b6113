package io.flowmason.gateway.internal.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.gateway.internal.store.Database;
import io.flowmason.gateway.internal.store.TestDatabases;
import io.flowmason.gateway.internal.testing.MutableClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Run retention on a real (in-memory) H2 database, with runs written by the run store and a clock the test moves. */
class RunRetentionTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration THIRTY_DAYS = Duration.ofDays(30);
    private static final RunRetention.Batches NO_PAUSE = new RunRetention.Batches(500, Duration.ZERO, Duration.ofMinutes(10));

    private final MutableClock clock = new MutableClock(NOW);
    private Database database;
    private RunStore store;

    @BeforeEach
    void open() throws SQLException {
        database = TestDatabases.inMemory();
        store = new RunStore(database, clock, RunStore.QUEUE_CAPACITY);
    }

    @AfterEach
    void close() throws InterruptedException {
        store.stop();
        TestDatabases.close(database);
    }

    @Test
    void aRoundDeletesExactlyTheFinishedRunsOlderThanTheRetentionWithTheirTraces() throws Exception {
        save(run("completed_40d", RunRecord.COMPLETED, daysAgo(40)), run("failed_31d", RunRecord.FAILED, daysAgo(31)),
                run("completed_29d", RunRecord.COMPLETED, daysAgo(29)), run("running_60d", RunRecord.RUNNING, daysAgo(60)),
                run("queued_60d", RunRecord.QUEUED, daysAgo(60)), run("completed_now", RunRecord.COMPLETED, NOW));
        addUsage();

        RunRetention.Round round = retention(THIRTY_DAYS, NO_PAUSE).deleteExpired();

        assertThat(round.deleted()).isEqualTo(2);
        assertThat(round.olderThan()).isEqualTo(NOW.minus(THIRTY_DAYS));
        assertThat(round.moreLeft()).isFalse();
        assertThat(store.find("completed_40d")).isEmpty();
        assertThat(store.find("failed_31d")).isEmpty();
        assertThat(runIds()).containsExactlyInAnyOrder("completed_29d", "running_60d", "queued_60d", "completed_now");
        assertThat(count("SELECT COUNT(*) FROM run WHERE trace LIKE '%completed_40d%' OR trace LIKE '%failed_31d%'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM usage_daily")).as("usage rows").isEqualTo(2);
        assertThat(count("SELECT SUM(runs) FROM usage_daily")).as("runs counted in usage").isEqualTo(7);

        clock.set(NOW.plus(Duration.ofDays(2)));
        assertThat(retention(THIRTY_DAYS, NO_PAUSE).deleteExpired().deleted()).as("two days later").isEqualTo(1);
        assertThat(runIds()).containsExactlyInAnyOrder("running_60d", "queued_60d", "completed_now");
    }

    @Test
    void aRetentionOfZeroKeepsEveryRun() throws Exception {
        save(run("completed_4000d", RunRecord.COMPLETED, daysAgo(4000)), run("failed_1d", RunRecord.FAILED, daysAgo(1)));

        RunRetention.Round round = retention(Duration.ZERO, NO_PAUSE).deleteExpired();

        assertThat(round.deleted()).isZero();
        assertThat(round.statements()).isZero();
        assertThat(runIds()).containsExactlyInAnyOrder("completed_4000d", "failed_1d");
    }

    @Test
    void eachStatementDeletesOneBatchAtMost() throws Exception {
        saveOld(1200);
        save(run("recent", RunRecord.COMPLETED, daysAgo(1)));

        RunRetention.Round round = retention(THIRTY_DAYS, NO_PAUSE).deleteExpired();

        assertThat(round.deleted()).isEqualTo(1200);
        assertThat(round.statements()).as("500 + 500 + 200").isEqualTo(3);
        assertThat(runIds()).containsExactly("recent");
        assertThat(retention(THIRTY_DAYS, NO_PAUSE).deleteExpired()).as("nothing left")
                .isEqualTo(new RunRetention.Round(0, 0, NOW.minus(THIRTY_DAYS), false));
    }

    @Test
    void aRoundWhoseTimeIsSpentStopsAfterItsStatementAndLeavesTheRestForTheNext() throws Exception {
        saveOld(1200);
        RunRetention noTime = retention(THIRTY_DAYS, new RunRetention.Batches(500, Duration.ZERO, Duration.ZERO));

        RunRetention.Round first = noTime.deleteExpired();

        assertThat(first).isEqualTo(new RunRetention.Round(500, 1, NOW.minus(THIRTY_DAYS), true));
        assertThat(store.count(null, null)).isEqualTo(700);
        assertThat(noTime.deleteExpired().deleted()).isEqualTo(500);
        assertThat(noTime.deleteExpired()).isEqualTo(new RunRetention.Round(200, 1, NOW.minus(THIRTY_DAYS), false));
        assertThat(store.count(null, null)).isZero();
    }

    @Test
    void eachBatchIsCommittedBeforeThePauseAndTheRunWriterGoesOnMeanwhile() throws Exception {
        saveOld(1200);
        RunRetention pausing = retention(THIRTY_DAYS, new RunRetention.Batches(500, Duration.ofHours(1), Duration.ofHours(2)));

        CompletableFuture<RunRetention.Round> round = CompletableFuture.supplyAsync(() -> {
            try {
                return pausing.deleteExpired();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        // Another connection sees the first batch gone only once it is committed: no transaction spans the pause.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (store.count(null, null) > 700 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(store.count(null, null)).isEqualTo(700);
        save(run("new_during_pause", RunRecord.QUEUED, NOW), run("old_saved_during_pause", RunRecord.COMPLETED, daysAgo(40)));
        assertThat(round).as("the round is in its one-hour pause").isNotDone();

        pausing.stop();
        assertThat(round.get(60, TimeUnit.SECONDS)).isEqualTo(new RunRetention.Round(500, 1, NOW.minus(THIRTY_DAYS), true));
        assertThat(store.find("new_during_pause")).isPresent();
    }

    @Test
    void theSettingDefaultsToThirtyDays() {
        assertThat(RunRetention.days(null)).isEqualTo(30);
        assertThat(RunRetention.days("")).isEqualTo(30);
        assertThat(RunRetention.days("0")).isZero();
        assertThat(RunRetention.days(" 7 ")).isEqualTo(7);
    }

    private RunRetention retention(Duration retention, RunRetention.Batches batches) {
        return new RunRetention(database.dataSource(), clock, retention, batches);
    }

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private static RunRecord run(String runId, String status, Instant createdAt) {
        boolean finished = status.equals(RunRecord.COMPLETED) || status.equals(RunRecord.FAILED);
        return new RunRecord(runId, "support-triage", "1.0.0", status, "{\"ticket_text\":\"late\"}",
                finished ? "{\"label\":\"shipping\"}" : null, null, finished ? "{\"tokens\":120}" : null,
                "{\"spans\":[{\"stage\":\"classify\",\"run\":\"" + runId + "\"}]}", "key-1", null, createdAt,
                createdAt.plusMillis(5), finished ? createdAt.plusSeconds(2) : null);
    }

    private void save(RunRecord... runs) throws Exception {
        List<CompletableFuture<Void>> saves = new ArrayList<>();
        for (RunRecord run : runs) {
            saves.add(store.saveNew(run));
        }
        CompletableFuture.allOf(saves.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    }

    private void saveOld(int runs) throws Exception {
        RunRecord[] old = new RunRecord[runs];
        for (int i = 0; i < runs; i++) {
            old[i] = run("old_" + i, i % 2 == 0 ? RunRecord.COMPLETED : RunRecord.FAILED, daysAgo(31 + i % 100));
        }
        save(old);
    }

    /** Usage of the same days as the runs; what the usage report and monthly budgets read. */
    private void addUsage() throws SQLException {
        execute("INSERT INTO usage_daily VALUES (DATE '2026-01-20', 'key-1', 'support-triage', '', '', 5, 500, 100, 0.5),"
                + " (DATE '2026-01-30', 'key-1', 'support-triage', '', '', 2, 200, 40, 0.2)");
    }

    private List<String> runIds() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT run_id FROM run")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
