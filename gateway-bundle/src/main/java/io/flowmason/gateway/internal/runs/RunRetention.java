package io.flowmason.gateway.internal.runs;

import io.flowmason.gateway.internal.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes finished runs (completed or failed) created more than {@code flowmason.run.retention.days}
 * ago, with their traces (a column of the run's row). Usage is counted apart ({@code usage_daily})
 * and stays. 0 days keeps every run.
 *
 * <p>A round deletes at most {@link Batches#size} rows per statement (their ids read first), each
 * statement its own short transaction, with a pause between statements, until no old run is left
 * or its time is up: the run writer's commits go on between the statements, and no lock is held
 * from one to the next. A round that ran out of time is followed by another soon; otherwise the
 * next comes {@link #PERIOD} later. Runs are found through the {@code run_status_created} index,
 * so no index of its own slows down the run writer.
 */
@Component(service = RunRetention.class, immediate = true)
public class RunRetention {

    static final String DAYS_PROPERTY = "flowmason.run.retention.days";
    static final int DEFAULT_DAYS = 30;
    static final Duration FIRST_ROUND = Duration.ofMinutes(1);
    static final Duration PERIOD = Duration.ofMinutes(5);
    static final Duration BACKLOG_PERIOD = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(RunRetention.class);

    /**
     * The ids are read first and deleted by id: H2 2.3 deletes a different number of rows than it
     * should when the statement that deletes also walks the status index to find them (with a
     * {@code FETCH FIRST} in the delete itself, or in an {@code IN} subquery of it).
     */
    static final String SELECT_EXPIRED = "SELECT run_id FROM run WHERE status IN (?, ?) AND created_at < ? FETCH FIRST ? ROWS ONLY";
    static final String DELETE = "DELETE FROM run WHERE run_id = ANY(?)";

    /** How a round deletes: rows per statement, the pause between statements, and the time a round may take. */
    record Batches(int size, Duration pause, Duration budget) {
        static final Batches DEFAULT = new Batches(500, Duration.ofMillis(50), Duration.ofSeconds(20));
    }

    /** What one round did: rows deleted, statements run, and whether old runs may remain (its time ran out). */
    record Round(int deleted, int statements, Instant olderThan, boolean moreLeft) {
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration retention;
    private final Batches batches;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private ScheduledExecutorService scheduler;

    @Activate
    public RunRetention(BundleContext context, @Reference Database database) {
        this(database.dataSource(), Clock.systemUTC(), Duration.ofDays(days(context.getProperty(DAYS_PROPERTY))), Batches.DEFAULT);
        if (retention.isZero()) {
            LOG.info("Run retention is off ({}=0): every run is kept", DAYS_PROPERTY);
            return;
        }
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "flowmason-run-retention");
            thread.setDaemon(true);
            return thread;
        });
        // The next round, minutes away, is dropped at stop rather than waited for.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        scheduler = executor;
        schedule(FIRST_ROUND);
    }

    RunRetention(DataSource dataSource, Clock clock, Duration retention, Batches batches) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.retention = retention;
        this.batches = batches;
    }

    /**
     * Deletes finished runs created before now minus the retention, {@link Batches#size} at a time,
     * until none is left or the round's budget is spent (it deletes at least one batch). Nothing
     * when the retention is 0. {@link Round#statements} counts the deletes.
     */
    Round deleteExpired() throws SQLException {
        Instant olderThan = clock.instant().minus(retention);
        if (retention.isZero()) {
            return new Round(0, 0, olderThan, false);
        }
        long deadline = System.nanoTime() + batches.budget().toNanos();
        int deleted = 0;
        int statements = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT_EXPIRED);
             PreparedStatement delete = connection.prepareStatement(DELETE)) {
            connection.setAutoCommit(true);
            select.setString(1, RunRecord.COMPLETED);
            select.setString(2, RunRecord.FAILED);
            select.setTimestamp(3, RunRows.timestamp(olderThan));
            select.setInt(4, batches.size());
            while (true) {
                List<String> ids = expired(select);
                if (!ids.isEmpty()) {
                    delete.setArray(1, connection.createArrayOf("VARCHAR", ids.toArray()));
                    deleted += delete.executeUpdate();
                    statements++;
                }
                if (ids.size() < batches.size()) {
                    return new Round(deleted, statements, olderThan, false);
                }
                if (System.nanoTime() >= deadline || paused()) {
                    return new Round(deleted, statements, olderThan, true);
                }
            }
        }
    }

    private static List<String> expired(PreparedStatement select) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** Waits the pause between statements; answers true when the component is stopping meanwhile. */
    private boolean paused() {
        try {
            return stopping.await(batches.pause().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private void schedule(Duration delay) {
        if (stopping.getCount() == 0) {
            return;
        }
        try {
            scheduler.schedule(this::runRound, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // stop() came between the check and here
        }
    }

    private void runRound() {
        Duration next = PERIOD;
        try {
            long start = System.nanoTime();
            Round round = deleteExpired();
            if (round.deleted() > 0) {
                LOG.info("Run retention: deleted {} finished runs created before {} ({} days) in {} ms{}", round.deleted(),
                        round.olderThan(), retention.toDays(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                        round.moreLeft() ? "; more are left for the next round" : "");
            }
            if (round.moreLeft()) {
                next = BACKLOG_PERIOD;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Run retention: deleting old runs failed; trying again in {} minutes", PERIOD.toMinutes(), e);
        }
        schedule(next);
    }

    static int days(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_DAYS;
        }
        int days = Integer.parseInt(value.strip());
        if (days < 0) {
            throw new IllegalArgumentException(DAYS_PROPERTY + " must be 0 or more, not " + value);
        }
        return days;
    }

    @Deactivate
    void stop() {
        stopping.countDown();
        if (scheduler == null) {
            return;
        }
        // Not shutdownNow: an interrupt during H2's file I/O closes its file channel. A round ends at its next pause.
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Run retention: a round was still deleting runs when the instance stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
