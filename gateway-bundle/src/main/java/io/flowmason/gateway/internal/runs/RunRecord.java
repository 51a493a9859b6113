package io.flowmason.gateway.internal.runs;

import java.time.Instant;

/**
 * A row of the {@code run} table: one pipeline run as it stands. {@code input}, {@code result},
 * {@code error}, {@code usage} and {@code trace} are JSON text (null until known). Times are kept to
 * the microsecond.
 *
 * @param status one of {@link #QUEUED}, {@link #RUNNING}, {@link #COMPLETED}, {@link #FAILED}
 */
public record RunRecord(
        String runId,
        String pipelineId,
        String pipelineVersion,
        String status,
        String input,
        String result,
        String error,
        String usage,
        String trace,
        String apiKeyId,
        String webhookUrl,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
}
