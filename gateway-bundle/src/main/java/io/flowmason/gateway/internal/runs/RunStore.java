package io.flowmason.gateway.internal.runs;

import io.flowmason.gateway.internal.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code run} table. Saving never blocks the caller: records go to one writer thread that
 * commits everything waiting in a single transaction ({@link RunWriter}) and completes each
 * record's future once it is committed. Reads go straight to the database.
 *
 * <p>Immediate: at the instance's start, runs a previous process left queued or running are marked
 * failed ({@code instance_restarted}), since nothing will finish them. Deactivation writes what is
 * still queued.
 */
@Component(service = RunStore.class, immediate = true)
public class RunStore {

    static final String INSTANCE_RESTARTED = "{\"code\":\"instance_restarted\","
            + "\"message\":\"The instance restarted while this run was in progress.\",\"stage\":null}";
    static final int QUEUE_CAPACITY = 100_000;
    private static final long STOP_TIMEOUT_MILLIS = 30_000;
    private static final Logger LOG = LoggerFactory.getLogger(RunStore.class);

    private final Database database;
    private final Clock clock;
    private final RunWriter writer;

    @Activate
    public RunStore(@Reference Database database) throws SQLException {
        this(database, Clock.systemUTC(), QUEUE_CAPACITY);
    }

    RunStore(Database database, Clock clock, int queueCapacity) throws SQLException {
        this.database = database;
        this.clock = clock;
        int interrupted = failInterrupted();
        if (interrupted > 0) {
            LOG.warn("{} runs were in progress when the instance stopped; they are marked failed (instance_restarted)", interrupted);
        }
        this.writer = new RunWriter(database.dataSource(), queueCapacity);
        writer.start();
    }

    /**
     * Inserts the run or replaces its row with this record. The future completes once the record is
     * committed, or exceptionally when it could not be written (or the store is stopped, or too many
     * records are waiting). It completes on the writer thread.
     */
    public CompletableFuture<Void> save(RunRecord record) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(record.runId(), "record.runId");
        return writer.save(record, false);
    }

    /**
     * Like {@link #save}, for a run saved for the first time: its row is inserted, which costs the
     * writer less than a merge. A run id that has a row already fails this save alone.
     */
    public CompletableFuture<Void> saveNew(RunRecord record) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(record.runId(), "record.runId");
        return writer.save(record, true);
    }

    public Optional<RunRecord> find(String runId) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT * FROM run WHERE run_id = ?")) {
            select.setString(1, runId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(RunRows.read(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Runs newest first, of one pipeline and/or in one status when those are given.
     *
     * @param limit  at most this many
     * @param offset after skipping this many (see {@link #count} for the total)
     */
    public List<RunRecord> list(String pipelineIdOrNull, String statusOrNull, int limit, int offset) throws SQLException {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
        String sql = "SELECT * FROM run" + where(pipelineIdOrNull, statusOrNull)
                + " ORDER BY created_at DESC, run_id DESC LIMIT ? OFFSET ?";
        try (Connection c = database.dataSource().getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            int next = bindFilters(select, pipelineIdOrNull, statusOrNull);
            select.setInt(next, limit);
            select.setInt(next + 1, offset);
            List<RunRecord> runs = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    runs.add(RunRows.read(rs));
                }
            }
            return runs;
        }
    }

    /** How many runs {@link #list} would page through with these filters. */
    public int count(String pipelineIdOrNull, String statusOrNull) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM run" + where(pipelineIdOrNull, statusOrNull))) {
            bindFilters(select, pipelineIdOrNull, statusOrNull);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * Marks every run still queued or running as failed with the error {@code instance_restarted},
     * finished now. Done at activation, before any run of this process exists.
     *
     * @return how many runs it marked
     */
    public int failInterrupted() throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE run SET status = ?, error = ?, finished_at = ? WHERE status IN (?, ?)")) {
            update.setString(1, RunRecord.FAILED);
            update.setString(2, INSTANCE_RESTARTED);
            update.setTimestamp(3, RunRows.timestamp(clock.instant()));
            update.setString(4, RunRecord.QUEUED);
            update.setString(5, RunRecord.RUNNING);
            return update.executeUpdate();
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        writer.stop(STOP_TIMEOUT_MILLIS);
    }

    private static String where(String pipelineId, String status) {
        if (pipelineId != null && status != null) {
            return " WHERE pipeline_id = ? AND status = ?";
        }
        if (pipelineId != null) {
            return " WHERE pipeline_id = ?";
        }
        return status != null ? " WHERE status = ?" : "";
    }

    /** Binds the filters {@link #where} named; answers the next parameter index. */
    private static int bindFilters(PreparedStatement statement, String pipelineId, String status) throws SQLException {
        int index = 1;
        if (pipelineId != null) {
            statement.setString(index++, pipelineId);
        }
        if (status != null) {
            statement.setString(index++, status);
        }
        return index;
    }
}
