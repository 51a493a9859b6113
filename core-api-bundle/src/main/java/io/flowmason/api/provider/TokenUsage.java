package io.flowmason.api.provider;

/** Tokens and cost of one or more model calls; stages and runs sum them with {@link #plus}. */
public record TokenUsage(long inputTokens, long outputTokens, double costUsd) {

    public static final TokenUsage NONE = new TokenUsage(0, 0, 0.0);

    public TokenUsage {
        if (inputTokens < 0 || outputTokens < 0 || costUsd < 0) {
            throw new IllegalArgumentException("token counts and cost cannot be negative");
        }
    }

    public long totalTokens() {
        return inputTokens + outputTokens;
    }

    public TokenUsage plus(TokenUsage other) {
        return new TokenUsage(inputTokens + other.inputTokens, outputTokens + other.outputTokens, costUsd + other.costUsd);
    }
}
