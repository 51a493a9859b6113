package io.flowmason.executor.run;

/** Tokens, cost and time of a stage or a whole run. */
public record Usage(long inputTokens, long outputTokens, double costUsd, double durationMs) {

    public static final Usage NONE = new Usage(0, 0, 0.0, 0.0);

    public long totalTokens() {
        return inputTokens + outputTokens;
    }

    public Usage plusTokens(Usage other) {
        return new Usage(inputTokens + other.inputTokens, outputTokens + other.outputTokens, costUsd + other.costUsd, durationMs);
    }

    public Usage withDuration(double durationMs) {
        return new Usage(inputTokens, outputTokens, costUsd, durationMs);
    }
}
