package io.flowmason.executor.run;

import java.time.Instant;
import java.util.List;

/**
 * What one stage did in a run, as the trace shows it.
 *
 * @param input  the mapped input the component received (null when mapping failed)
 * @param output what it answered (null unless completed)
 * @param logs   what it logged and what the platform warned about, in order
 */
public record StageSpan(
        String stageId,
        String type,
        String componentVersion,
        String provider,
        RunStatus status,
        Instant startedAt,
        double durationMs,
        int attempts,
        Object input,
        Object output,
        RunError error,
        Usage usage,
        List<LogEntry> logs) {

    /** One line a component logged, or a platform warning ({@code level} warn). */
    public record LogEntry(String level, String message) {
    }
}
