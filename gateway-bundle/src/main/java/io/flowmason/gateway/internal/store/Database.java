package io.flowmason.gateway.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The instance's database: a pooled connection source for {@code flowmason.db.url}, migrated to
 * the newest schema before anything else may use it. Every SQL statement of the platform goes
 * through the stores built on this. The URL always gets {@code WRITE_DELAY=0} ({@link DurableUrl}):
 * a commit is written to the database file before it is acknowledged.
 */
@Component(service = Database.class)
public class Database {

    /** Kilobytes of database pages H2 keeps on the heap ({@link #withSmallPageCache}). */
    static final int PAGE_CACHE_KB = 1024;

    static final String URL_PROPERTY = "flowmason.db.url";
    static final List<String> MIGRATIONS = List.of("V1__packages.sql", "V2__pipelines.sql", "V3__runs.sql",
            "V4__instance_state.sql", "V5__keys.sql", "V6__usage.sql", "V7__component_states.sql");
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    static final int COMPACTION_PERIOD_MS = 1000;
    static final int COMPACTION_BUDGET_MS = 100;
    static final int COMPACTION_FILL_RATE = 80;
    static final int COMPACTION_STEP_BYTES = 1 << 20;

    private final JdbcConnectionPool pool;
    private volatile long lastRoundWithNothingToRewrite = System.nanoTime();
    private ScheduledExecutorService compactor;

    @Activate
    public Database(BundleContext context) throws SQLException {
        this(context.getProperty(URL_PROPERTY), name -> {
            try {
                var entry = context.getBundle().getEntry(name);
                return entry == null ? null : entry.openStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * H2 keeps up to 16 MB of database pages on the heap by default. Run records are written far
     * more often than read, and each commit writes new pages, so a large cache mostly fills the old
     * generation with pages no one reads again (full collections under load). 1 MB rather than 4 MB:
     * half the cache entries (and the weak references H2 keeps with them) for the collector to
     * trace, shorter young collections, and a 3-stage p99 at 64 connections of about 10 ms instead
     * of about 50 ms (docs/performance.md). Pages read again come from the operating system's file
     * cache. A URL that sets its own {@code CACHE_SIZE} keeps it.
     */
    static String withSmallPageCache(String url) {
        return DurableUrl.setting(url, "CACHE_SIZE").isPresent() ? url : url + ";CACHE_SIZE=" + PAGE_CACHE_KB;
    }

    /** A database at {@code url}, migrated with the scripts {@code migrations} opens by name. */
    Database(String url, Function<String, InputStream> migrations) throws SQLException {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            throw new IllegalStateException("flowmason.db.url must be an H2 JDBC URL in this version, not " + url);
        }
        if (DurableUrl.asksForDelay(url)) {
            LOG.warn("flowmason.db.url sets WRITE_DELAY; using WRITE_DELAY=0 so that no acknowledged write is lost if the process dies");
        }
        this.pool = JdbcConnectionPool.create(withSmallPageCache(DurableUrl.of(url)), "", "");
        try (Connection connection = pool.getConnection()) {
            int version = Migrations.apply(connection, Migrations.load(MIGRATIONS, migrations));
            LOG.info("Database {} at schema version {}", url.replaceAll(";.*", ""), version);
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw e;
        }
        startCompaction();
    }

    public DataSource dataSource() {
        return pool;
    }

    /**
     * Starts rewriting the file's partly used chunks in the background ({@link Compaction}): every
     * {@link #COMPACTION_PERIOD_MS}, chunks less than {@link #COMPACTION_FILL_RATE} percent live are
     * rewritten 1 MB at a time for at most {@link #COMPACTION_BUDGET_MS}, so a busy instance spends
     * at most a tenth of one core on it. Nothing for an in-memory database.
     */
    private void startCompaction() {
        try {
            if (Compaction.of(pool).isEmpty()) {
                return;
            }
        } catch (SQLException | ReflectiveOperationException | ClassCastException e) {
            LOG.warn("The database file will not be compacted while the instance runs: this H2 does not give access to its"
                    + " page store ({}). The file grows with every commit; 'SHUTDOWN COMPACT' in the H2 shell shrinks it.", e.toString());
            return;
        }
        compactor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "flowmason-db-compaction");
            thread.setDaemon(true);
            return thread;
        });
        compactor.scheduleWithFixedDelay(this::compactForAWhile, COMPACTION_PERIOD_MS, COMPACTION_PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /** One round; the store is looked up each time, since H2 opens a new one if the database was closed and reopened. */
    private void compactForAWhile() {
        try {
            Optional<Compaction> compaction = Compaction.of(pool);
            if (compaction.isEmpty()) {
                return;
            }
            long start = System.nanoTime();
            long deadline = start + TimeUnit.MILLISECONDS.toNanos(COMPACTION_BUDGET_MS);
            boolean rewrote = compaction.get().compact(COMPACTION_FILL_RATE, COMPACTION_STEP_BYTES);
            if (!rewrote) {
                lastRoundWithNothingToRewrite = start;
            }
            while (rewrote && System.nanoTime() < deadline) {
                rewrote = compaction.get().compact(COMPACTION_FILL_RATE, COMPACTION_STEP_BYTES);
            }
        } catch (SQLException | ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Compacting the database file failed; trying again in {} ms", COMPACTION_PERIOD_MS, e);
        }
    }

    /**
     * When ({@link System#nanoTime}) the last compaction round began that found nothing to rewrite
     * (when the database was opened, until one has): once one began after the last commit, the
     * compactor has caught up.
     */
    long lastRoundWithNothingToRewrite() {
        return lastRoundWithNothingToRewrite;
    }

    @Deactivate
    void close() {
        if (compactor != null) {
            // Not shutdownNow: an interrupt during H2's file I/O closes its file channel. A round ends within its budget.
            compactor.shutdown();
            try {
                compactor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        pool.dispose();
    }
}
