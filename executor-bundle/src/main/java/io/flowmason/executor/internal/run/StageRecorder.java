package io.flowmason.executor.internal.run;

import io.flowmason.api.component.StageLog;
import io.flowmason.api.provider.TokenUsage;
import io.flowmason.executor.internal.limits.RunLimits;
import io.flowmason.executor.run.StageSpan.LogEntry;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one stage gathers while it runs, from whichever threads its component uses: log lines for
 * the trace (and the instance log) and the token usage of its provider calls.
 */
final class StageRecorder implements StageLog {

    private static final Logger LOG = LoggerFactory.getLogger("io.flowmason.stage");

    private final String where;
    private final RunLimits limits;
    private int dropped;
    private final List<LogEntry> logs = new ArrayList<>(2);
    private TokenUsage tokens = TokenUsage.NONE;

    StageRecorder(String runId, String stageId, RunLimits limits) {
        this.where = runId + "/" + stageId;
        this.limits = limits;
    }

    synchronized void add(TokenUsage usage) {
        tokens = tokens.plus(usage);
    }

    synchronized TokenUsage tokens() {
        return tokens;
    }

    synchronized List<LogEntry> logs() {
        if (dropped == 0) {
            return List.copyOf(logs);
        }
        List<LogEntry> kept = new ArrayList<>(logs);
        kept.add(new LogEntry("warn", dropped + " more log lines were dropped: a stage keeps at most " + RunLimits.MAX_LOG_LINES
                + " in its trace"));
        return List.copyOf(kept);
    }

    /** A platform warning for the trace only: it was logged once, when the pipeline was compiled. */
    void note(String message) {
        append("warn", message);
    }

    /** Keeps the line for the trace, cut to the trace value limit, and at most {@link RunLimits#MAX_LOG_LINES} of them. */
    private synchronized String append(String level, String message) {
        String line = limits.logLine(message);
        if (logs.size() < RunLimits.MAX_LOG_LINES) {
            logs.add(new LogEntry(level, line));
        } else {
            dropped++;
        }
        return line;
    }

    @Override
    public void debug(String message) {
        LOG.debug("{}: {}", where, append("debug", message));
    }

    @Override
    public void info(String message) {
        LOG.info("{}: {}", where, append("info", message));
    }

    @Override
    public void warn(String message) {
        LOG.warn("{}: {}", where, append("warn", message));
    }

    @Override
    public void error(String message) {
        LOG.error("{}: {}", where, append("error", message));
    }
}
