package io.flowmason.gateway.internal.limits;

import io.flowmason.executor.run.StageSpan;
import io.flowmason.executor.run.Usage;
import io.flowmason.gateway.internal.store.Database;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The usage of finished runs: added up in memory as each run finishes and written to
 * {@code usage_daily} in batches by a background thread (never on the request path), with the
 * month-to-date totals per key and per pipeline that quotas are checked against (loaded at start).
 * Days and months are UTC.
 */
@Component(service = UsageLedger.class)
public class UsageLedger {

    private static final Logger LOG = LoggerFactory.getLogger(UsageLedger.class);
    private static final long FLUSH_MS = 1000;

    private final UsageStore store;
    private final Clock clock;
    private final MonthToDate monthToDate = new MonthToDate();
    private final Map<UsageKey, UsageCounts> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService flusher;

    @Activate
    public UsageLedger(@Reference Database database) throws SQLException {
        this(database, Clock.systemUTC(), true);
    }

    UsageLedger(Database database, Clock clock, boolean flushInBackground) throws SQLException {
        this.store = new UsageStore(database);
        this.clock = clock;
        YearMonth month = month();
        store.runTotalsSince(month.atDay(1)).forEach((keyAndPipeline, counts) -> {
            monthToDate.add(keySubject(keyAndPipeline.get(0)), month, counts);
            monthToDate.add(pipelineSubject(keyAndPipeline.get(1)), month, counts);
        });
        this.flusher = flushInBackground ? Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "flowmason-usage-flush");
            thread.setDaemon(true);
            return thread;
        }) : null;
        if (flusher != null) {
            flusher.scheduleWithFixedDelay(this::flushQuietly, FLUSH_MS, FLUSH_MS, TimeUnit.MILLISECONDS);
        }
    }

    @Deactivate
    void close() {
        if (flusher != null) {
            flusher.shutdown();
        }
        flushQuietly();
    }

    /** Counts one finished run of {@code pipelineId} by {@code keyId} (null: the owner), from its spans and total. */
    public void record(String keyId, String pipelineId, List<StageSpan> spans, Usage total) {
        String key = keyId == null ? Caller.OWNER : keyId;
        LocalDate day = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        UsageCounts run = new UsageCounts(1, total.inputTokens(), total.outputTokens(), total.costUsd());
        pending.merge(new UsageKey(day, key, pipelineId, UsageKey.RUN, ""), run, UsageCounts::plus);
        for (StageSpan span : spans) {
            Usage used = span.usage();
            pending.merge(new UsageKey(day, key, pipelineId, span.type(), span.componentVersion() == null ? "" : span.componentVersion()),
                    new UsageCounts(1, used.inputTokens(), used.outputTokens(), used.costUsd()), UsageCounts::plus);
        }
        YearMonth month = YearMonth.from(day);
        monthToDate.add(keySubject(key), month, run);
        monthToDate.add(pipelineSubject(pipelineId), month, run);
    }

    /** This month's usage of the key so far. */
    public UsageCounts keyMonthToDate(String keyId) {
        return monthToDate.get(keySubject(keyId), month());
    }

    /** This month's usage of the pipeline so far, by every caller. */
    public UsageCounts pipelineMonthToDate(String pipelineId) {
        return monthToDate.get(pipelineSubject(pipelineId), month());
    }

    /** Writes every count not yet written; on failure they stay pending for the next flush. */
    public synchronized void flush() throws SQLException {
        Map<UsageKey, UsageCounts> batch = new HashMap<>();
        for (UsageKey key : List.copyOf(pending.keySet())) {
            UsageCounts counts = pending.remove(key);
            if (counts != null) {
                batch.put(key, counts);
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            store.add(batch);
        } catch (SQLException | RuntimeException e) {
            batch.forEach((key, counts) -> pending.merge(key, counts, UsageCounts::plus));
            throw e;
        }
    }

    /** Usage rows from {@code from} to {@code to}, both included, grouped; counts up to now, flushed first. */
    public List<Map<String, Object>> report(LocalDate from, LocalDate to, UsageStore.GroupBy groupBy) throws SQLException {
        flush();
        return store.report(from, to, groupBy);
    }

    YearMonth month() {
        return YearMonth.now(clock.withZone(ZoneOffset.UTC));
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Usage could not be written yet; it is kept and written with the next batch", e);
        }
    }

    private static String keySubject(String keyId) {
        return "key:" + keyId;
    }

    private static String pipelineSubject(String pipelineId) {
        return "pipeline:" + pipelineId;
    }
}
