package io.flowmason.gateway.internal.limits;

/** Runs, tokens and cost added up. */
public record UsageCounts(long runs, long inputTokens, long outputTokens, double costUsd) {

    public static final UsageCounts ZERO = new UsageCounts(0, 0, 0, 0.0);

    public UsageCounts plus(UsageCounts other) {
        return new UsageCounts(runs + other.runs, inputTokens + other.inputTokens, outputTokens + other.outputTokens,
                costUsd + other.costUsd);
    }

    public long totalTokens() {
        return inputTokens + outputTokens;
    }
}
