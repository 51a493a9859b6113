package io.flowmason.gateway.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database file is compacted while the instance runs. The instance commits with
 * {@code WRITE_DELAY=0}, and H2 then never rewrites partly used chunks by itself: a file that takes
 * many small commits grows several times larger than its live data, and keeps growing. Two databases
 * take the same commits, rows of run records in groups of five, in twenty rounds. One lets chunks be
 * rewritten at once (H2 keeps a chunk 45 s otherwise, longer than this test) and waits after each
 * round until {@link Database}'s own background compaction has caught up (a round of it found nothing
 * to rewrite), so the next round reuses the space it freed.
 *
 * <p>Nothing here depends on how much the compactor gets done in a given time. The wait is for the
 * compactor to be done, not for a fill rate: where H2 stops rewriting depends on how its rounds fell
 * between the commits (on a machine loaded by other builds it stopped anywhere from 55 to 63 % live,
 * and twice stayed below the 60 % an earlier version of this test waited for). The rounds are small
 * so that what the file grows by before the compactor catches up is bounded by one round, not by the
 * machine's speed. Without compaction the chunks are about 22 % live.
 */
class DatabaseCompactionTest {

    private static final int ROUNDS = 20;
    private static final int COMMITS = 300;
    private static final int ROWS_PER_COMMIT = 5;
    private static final String TRACE = "x".repeat(1500);

    @Test
    void theBackgroundCompactionKeepsTheFileCloseToItsLiveData(@TempDir Path dir) throws Exception {
        Result plain = commitRuns(dir.resolve("plain"), false);
        Result compacted = commitRuns(dir.resolve("compacted"), true);

        long liveBytes = (long) ROUNDS * COMMITS * ROWS_PER_COMMIT * TRACE.length();
        assertThat(plain.fileBytes()).as("without compaction the file is several times its live data").isGreaterThan(3 * liveBytes);
        assertThat(plain.fillRate()).isLessThan(40);
        assertThat(compacted.fillRate()).as("live share of the chunks once compacted").isGreaterThanOrEqualTo(50);
        assertThat(compacted.fileBytes()).as("compacted file against the plain one").isLessThan(plain.fileBytes() / 2);
    }

    private record Result(long fileBytes, int fillRate) {
    }

    private static Result commitRuns(Path dir, boolean rewriteAtOnce) throws Exception {
        Database database = TestDatabases.open("jdbc:h2:file:" + dir.resolve("flowmason"));
        try {
            Compaction store = Compaction.of(database.dataSource()).orElseThrow();
            if (rewriteAtOnce) {
                store.retentionTime(0);
            }
            int fillRate = 0;
            for (int round = 0; round < ROUNDS; round++) {
                insert(database, round);
                if (rewriteAtOnce) {
                    awaitCaughtUp(database);
                }
                fillRate = store.chunksFillRate();
            }
            return new Result(Files.size(dir.resolve("flowmason.mv.db")), fillRate);
        } finally {
            TestDatabases.close(database);
        }
    }

    /**
     * Waits until a compaction round that began after the last commit found nothing to rewrite; ten
     * minutes at most, a bound for a broken compactor, not a speed the test expects.
     */
    private static void awaitCaughtUp(Database database) throws InterruptedException {
        long committed = System.nanoTime();
        long deadline = committed + TimeUnit.MINUTES.toNanos(10);
        while (database.lastRoundWithNothingToRewrite() - committed < 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(database.lastRoundWithNothingToRewrite() - committed).as("a round with nothing to rewrite after the commits")
                .isPositive();
    }

    private static void insert(Database database, int round) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO run (run_id, pipeline_id, status, trace, created_at) VALUES (?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            int id = round * COMMITS * ROWS_PER_COMMIT;
            for (int commit = 0; commit < COMMITS; commit++) {
                for (int row = 0; row < ROWS_PER_COMMIT; row++) {
                    insert.setString(1, String.format("run_%012d", id++));
                    insert.setString(2, "pipeline-" + id % 3);
                    insert.setString(3, "completed");
                    insert.setString(4, TRACE);
                    insert.setTimestamp(5, Timestamp.from(Instant.now()));
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            }
        }
    }
}
