package io.flowmason.gateway.internal.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowmason.gateway.internal.store.Database;
import io.flowmason.gateway.internal.store.TestDatabases;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The run store on a real (in-memory) H2 database migrated with the shipped scripts. */
class RunStoreTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

    private Database database;
    private RunStore store;

    @BeforeEach
    void open() throws SQLException {
        database = TestDatabases.inMemory();
        store = new RunStore(database, CLOCK, RunStore.QUEUE_CAPACITY);
    }

    @AfterEach
    void close() throws InterruptedException {
        store.stop();
        TestDatabases.close(database);
    }

    private static RunRecord queued(String runId, String pipelineId, Instant createdAt) {
        return new RunRecord(runId, pipelineId, "1.0.0", RunRecord.QUEUED, "{\"ticket_text\":\"late\"}", null, null, null,
                null, "key-1", null, createdAt, null, null);
    }

    private static RunRecord completed(RunRecord run) {
        return new RunRecord(run.runId(), run.pipelineId(), run.pipelineVersion(), RunRecord.COMPLETED, run.input(),
                "{\"label\":\"shipping\"}", null, "{\"tokens\":120}", "{\"spans\":[]}", run.apiKeyId(),
                "https://hooks.example.com/x", run.createdAt(), run.createdAt().plusMillis(5), run.createdAt().plusMillis(950));
    }

    private static void await(CompletableFuture<Void> saved) throws Exception {
        saved.get(60, TimeUnit.SECONDS);
    }

    @Test
    void savesARunAndReadsItBack() throws Exception {
        RunRecord run = queued("run_1", "support-triage", T0);
        await(store.save(run));

        assertThat(store.find("run_1")).contains(run);
        assertThat(store.find("run_2")).isEmpty();
    }

    @Test
    void savingAgainReplacesTheRecord() throws Exception {
        RunRecord run = queued("run_1", "support-triage", T0);
        await(store.save(run));
        await(store.save(completed(run)));

        assertThat(store.find("run_1")).contains(completed(run));
        assertThat(store.count(null, null)).isEqualTo(1);
    }

    @Test
    void savesOfOneRunAreAppliedInOrder() throws Exception {
        RunRecord run = queued("run_1", "support-triage", T0);
        store.save(run);
        store.save(new RunRecord("run_1", "support-triage", "1.0.0", RunRecord.RUNNING, run.input(), null, null, null, null,
                "key-1", null, T0, T0.plusMillis(1), null));
        await(store.save(completed(run)));

        assertThat(store.find("run_1")).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(RunRecord.COMPLETED));
    }

    @Test
    void aFirstSaveInsertsAndALaterSaveQueuedBehindItReplacesTheRow() throws Exception {
        RunRecord run = queued("run_1", "support-triage", T0);
        CompletableFuture<Void> inserted = store.saveNew(run);
        CompletableFuture<Void> replaced = store.save(completed(run));
        await(inserted);
        await(replaced);

        assertThat(store.find("run_1")).contains(completed(run));
        assertThat(store.count(null, null)).isEqualTo(1);
    }

    @Test
    void aFirstSaveOfAnIdThatHasARowFailsAloneAndKeepsTheRow() throws Exception {
        RunRecord run = queued("run_1", "support-triage", T0);
        await(store.save(completed(run)));

        CompletableFuture<Void> duplicate = store.saveNew(run);
        CompletableFuture<Void> other = store.saveNew(queued("run_2", "support-triage", T0));

        assertThatThrownBy(() -> await(duplicate)).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(SQLException.class);
        await(other);
        assertThat(store.find("run_1")).contains(completed(run));
        assertThat(store.find("run_2")).isPresent();
    }

    @Test
    void timesAreKeptToTheMicrosecond() throws Exception {
        await(store.save(queued("run_1", "p", Instant.parse("2025-03-01T10:00:00.123456789Z"))));

        assertThat(store.find("run_1")).hasValueSatisfying(r ->
                assertThat(r.createdAt()).isEqualTo(Instant.parse("2025-03-01T10:00:00.123456Z")));
    }

    @Test
    void listsNewestFirstWithFiltersAndPages() throws Exception {
        List<CompletableFuture<Void>> saves = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            RunRecord run = queued("run_" + i, i % 2 == 0 ? "even" : "odd", T0.plusSeconds(i));
            saves.add(store.save(i < 6 ? completed(run) : run));
        }
        CompletableFuture.allOf(saves.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        assertThat(store.list(null, null, 3, 0)).extracting(RunRecord::runId).containsExactly("run_9", "run_8", "run_7");
        assertThat(store.list(null, null, 3, 3)).extracting(RunRecord::runId).containsExactly("run_6", "run_5", "run_4");
        assertThat(store.list(null, null, 3, 9)).extracting(RunRecord::runId).containsExactly("run_0");
        assertThat(store.list(null, null, 3, 10)).isEmpty();
        assertThat(store.count(null, null)).isEqualTo(10);

        assertThat(store.list("even", null, 10, 0)).extracting(RunRecord::runId)
                .containsExactly("run_8", "run_6", "run_4", "run_2", "run_0");
        assertThat(store.count("even", null)).isEqualTo(5);
        assertThat(store.list(null, RunRecord.QUEUED, 10, 0)).extracting(RunRecord::runId)
                .containsExactly("run_9", "run_8", "run_7", "run_6");
        assertThat(store.count(null, RunRecord.QUEUED)).isEqualTo(4);
        assertThat(store.list("odd", RunRecord.COMPLETED, 10, 0)).extracting(RunRecord::runId)
                .containsExactly("run_5", "run_3", "run_1");
        assertThat(store.count("odd", RunRecord.COMPLETED)).isEqualTo(3);
        assertThat(store.list("none", null, 10, 0)).isEmpty();
        assertThatThrownBy(() -> store.list(null, null, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentSavesAreAllWritten() throws Exception {
        int threads = 32;
        int perThread = 2000 / threads + 1;
        List<CompletableFuture<Void>> saves = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> savers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread saver = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < perThread; i++) {
                    saves.add(store.save(queued("run_" + thread + "_" + i, "p" + thread % 4, T0.plusMillis(i))));
                }
            });
            saver.start();
            savers.add(saver);
        }
        start.countDown();
        for (Thread saver : savers) {
            saver.join();
        }
        CompletableFuture.allOf(saves.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        int total = threads * perThread;
        assertThat(total).isGreaterThanOrEqualTo(2000);
        assertThat(store.count(null, null)).isEqualTo(total);
        assertThat(store.count("p0", null)).isEqualTo(total / 4);
    }

    /** Deterministic where concurrent saves are not: the records are all waiting when the writer starts. */
    @Test
    void recordsWaitingForTheWriterShareOneCommitPerBatch() throws Exception {
        RunWriter writer = new RunWriter(database.dataSource(), RunStore.QUEUE_CAPACITY);
        List<CompletableFuture<Void>> saves = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            saves.add(writer.save(queued("waiting_" + i, "p", T0.plusMillis(i)), true));
        }
        writer.start();
        CompletableFuture.allOf(saves.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        writer.stop(60_000);

        assertThat(store.count(null, null)).isEqualTo(1200);
        assertThat(writer.commits()).as("batches of at most %d", RunWriter.MAX_BATCH).isEqualTo(3);
    }

    @Test
    void aFailingWriteFailsOnlyItsOwnFutureAndTheWriterGoesOn() throws Exception {
        RunRecord good = queued("run_good", "p", T0);
        RunRecord bad = new RunRecord("run_bad", null, "1.0.0", RunRecord.QUEUED, "{}", null, null, null, null, null, null,
                T0, null, null);
        RunRecord tooLong = new RunRecord("run_long", "p", "1.0.0", "a-status-longer-than-twenty", "{}", null, null, null,
                null, null, null, T0, null, null);

        CompletableFuture<Void> savedGood = store.save(good);
        CompletableFuture<Void> savedBad = store.save(bad);
        CompletableFuture<Void> savedTooLong = store.save(tooLong);

        await(savedGood);
        assertThatThrownBy(() -> await(savedBad)).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(SQLException.class);
        assertThatThrownBy(() -> await(savedTooLong)).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(SQLException.class);
        assertThat(store.find("run_good")).contains(good);
        assertThat(store.find("run_bad")).isEmpty();

        await(store.save(queued("run_after", "p", T0)));
        assertThat(store.find("run_after")).isPresent();
    }

    @Test
    void runsLeftInProgressAreFailedWhenTheStoreStartsAgain() throws Exception {
        RunRecord waiting = queued("run_queued", "p", T0);
        RunRecord running = new RunRecord("run_running", "p", "1.0.0", RunRecord.RUNNING, "{}", null, null, null, null,
                null, null, T0, T0.plusMillis(3), null);
        RunRecord done = completed(queued("run_done", "p", T0));
        await(store.save(waiting));
        await(store.save(running));
        await(store.save(done));
        store.stop();

        store = new RunStore(database, CLOCK, RunStore.QUEUE_CAPACITY);

        for (String runId : List.of("run_queued", "run_running")) {
            assertThat(store.find(runId)).hasValueSatisfying(r -> {
                assertThat(r.status()).isEqualTo(RunRecord.FAILED);
                assertThat(r.error()).isEqualTo("{\"code\":\"instance_restarted\","
                        + "\"message\":\"The instance restarted while this run was in progress.\",\"stage\":null}");
                assertThat(r.finishedAt()).isEqualTo(CLOCK.instant());
            });
        }
        assertThat(store.find("run_done")).contains(done);
        assertThat(store.failInterrupted()).isZero();
    }

    @Test
    void stoppingWritesWhatIsQueuedAndRefusesMore() throws Exception {
        List<CompletableFuture<Void>> saves = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            saves.add(store.save(queued("run_" + i, "p", T0.plusMillis(i))));
        }

        store.stop();

        assertThat(saves).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
        assertThat(store.count(null, null)).isEqualTo(200);
        assertThatThrownBy(() -> await(store.save(queued("late", "p", T0))))
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFullQueueRefusesInsteadOfBlocking() throws Exception {
        store.stop();
        store = new RunStore(database, CLOCK, 1);
        List<CompletableFuture<Void>> saves = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            saves.add(store.save(queued("run_" + i, "p", T0)));
        }
        CompletableFuture.allOf(saves.stream().map(f -> f.exceptionally(e -> null)).toArray(CompletableFuture[]::new))
                .get(10, TimeUnit.SECONDS);

        long refused = saves.stream().filter(CompletableFuture::isCompletedExceptionally).count();
        assertThat(store.count(null, null)).isEqualTo(1000 - (int) refused);
    }
}
