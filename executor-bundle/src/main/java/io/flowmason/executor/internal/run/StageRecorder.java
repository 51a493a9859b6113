package io.flowmason.executor.internal.run;

import io.flowmason.api.component.StageLog;
import io.flowmason.api.provider.TokenUsage;
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
    private final List<LogEntry> logs = new ArrayList<>(2);
    private TokenUsage tokens = TokenUsage.NONE;

    StageRecorder(String runId, String stageId) {
        this.where = runId + "/" + stageId;
    }

    synchronized void add(TokenUsage usage) {
        tokens = tokens.plus(usage);
    }

    synchronized TokenUsage tokens() {
        return tokens;
    }

    synchronized List<LogEntry> logs() {
        return List.copyOf(logs);
    }

    /** A platform warning for the trace only: it was logged once, when the pipeline was compiled. */
    void note(String message) {
        append("warn", message);
    }

    private synchronized void append(String level, String message) {
        logs.add(new LogEntry(level, message));
    }

    @Override
    public void debug(String message) {
        append("debug", message);
        LOG.debug("{}: {}", where, message);
    }

    @Override
    public void info(String message) {
        append("info", message);
        LOG.info("{}: {}", where, message);
    }

    @Override
    public void warn(String message) {
        append("warn", message);
        LOG.warn("{}: {}", where, message);
    }

    @Override
    public void error(String message) {
        append("error", message);
        LOG.error("{}: {}", where, message);
    }
}
