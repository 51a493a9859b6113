package io.flowmason.gateway.internal.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: one thread takes every run record waiting in the queue and writes them in one
 * transaction, then completes each record's future, so many concurrent saves cost one commit (one
 * write to the database file) between them. A record is acknowledged only once committed. When a
 * transaction fails, its records are written again one per transaction, so only the record at fault
 * fails and the others are still saved.
 *
 * <p>The writer keeps one connection and its two statements from batch to batch (parsing the merge
 * statement alone cost as much as writing a small batch); after a failed transaction it rolls back,
 * closes them and opens new ones for the next.
 *
 * <p>Futures complete on the writer thread: work chained to them that takes time belongs in the
 * {@code ...Async} variants, or it holds up every other save.
 */
final class RunWriter {

    static final int MAX_BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(RunWriter.class);

    /** A record to write: {@code fresh} when it has no row yet (an insert), else it replaces its row. */
    private record Pending(RunRecord run, boolean fresh, CompletableFuture<Void> saved) {
    }

    /** Put in the queue by {@link #stop}: everything before it is written, nothing comes after it. */
    private static final Pending END = new Pending(null, false, null);

    private final DataSource dataSource;
    private final BlockingQueue<Pending> queue;
    private final ReadWriteLock stopping = new ReentrantReadWriteLock();
    private final AtomicLong commits = new AtomicLong();
    private final Thread thread;
    private boolean stopped;
    private Connection connection;
    private PreparedStatement insert;
    private PreparedStatement merge;

    RunWriter(DataSource dataSource, int capacity) {
        this.dataSource = dataSource;
        this.queue = new LinkedBlockingQueue<>(capacity);
        this.thread = new Thread(this::run, "flowmason-run-writer");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /**
     * Queues the record; the future completes when it is committed, exceptionally when it cannot be.
     * {@code fresh} says the run has no row yet, so it is inserted instead of merged.
     */
    CompletableFuture<Void> save(RunRecord run, boolean fresh) {
        CompletableFuture<Void> saved = new CompletableFuture<>();
        stopping.readLock().lock();
        try {
            if (stopped) {
                saved.completeExceptionally(new IllegalStateException("the run store is stopped"));
            } else if (!queue.offer(new Pending(run, fresh, saved))) {
                saved.completeExceptionally(new RejectedExecutionException(
                        "run " + run.runId() + " not saved: " + queue.size() + " run records are waiting to be written"));
            }
        } finally {
            stopping.readLock().unlock();
        }
        return saved;
    }

    /** Refuses new records, writes those already queued, and waits for the thread to end. */
    void stop(long timeoutMillis) throws InterruptedException {
        stopping.writeLock().lock();
        try {
            if (stopped) {
                return;
            }
            stopped = true;
        } finally {
            stopping.writeLock().unlock();
        }
        queue.put(END);
        thread.join(timeoutMillis);
        if (thread.isAlive()) {
            LOG.warn("the run writer did not finish within {} ms; {} run records were not written", timeoutMillis, queue.size());
        }
    }

    /** How many transactions the writer has committed. */
    long commits() {
        return commits.get();
    }

    private void run() {
        try {
            writeUntilEnd();
        } finally {
            discardConnection();
        }
    }

    private void writeUntilEnd() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        boolean ending = false;
        while (!ending) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                LOG.warn("the run writer was interrupted; {} run records were not written", queue.size());
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            if (batch.get(batch.size() - 1) == END) {
                batch.remove(batch.size() - 1);
                ending = true;
            }
            if (!batch.isEmpty()) {
                write(batch);
            }
            batch.clear();
        }
    }

    private void write(List<Pending> batch) {
        try {
            commit(batch);
            batch.forEach(p -> p.saved().complete(null));
        } catch (SQLException | RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).saved().completeExceptionally(e);
                return;
            }
            for (Pending one : batch) {
                write(List.of(one));
            }
        }
    }

    private void commit(List<Pending> batch) throws SQLException {
        try {
            if (connection == null) {
                connection = dataSource.getConnection();
                connection.setAutoCommit(false);
                insert = connection.prepareStatement(RunRows.INSERT);
            }
            for (Pending pending : batch) {
                PreparedStatement statement = pending.fresh() ? insert : merge();
                RunRows.bind(statement, pending.run());
                statement.addBatch();
            }
            // Inserts first: a run's later save may be in the same batch as its first.
            insert.executeBatch();
            if (merge != null) {
                merge.executeBatch();
            }
            connection.commit();
            commits.incrementAndGet();
        } catch (SQLException | RuntimeException e) {
            discardConnection();
            throw e;
        }
    }

    private PreparedStatement merge() throws SQLException {
        if (merge == null) {
            merge = connection.prepareStatement(RunRows.MERGE);
        }
        return merge;
    }

    /** Rolls back what is uncommitted and closes the connection (with its statements); the next batch opens a new one. */
    private void discardConnection() {
        if (connection == null) {
            return;
        }
        try (Connection closing = connection) {
            closing.rollback();
        } catch (SQLException e) {
            LOG.warn("the run writer's connection could not be closed cleanly: {}", e.getMessage());
        } finally {
            connection = null;
            insert = null;
            merge = null;
        }
    }
}
