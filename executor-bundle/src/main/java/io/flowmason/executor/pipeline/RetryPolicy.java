package io.flowmason.executor.pipeline;

/**
 * How often a stage is tried when it fails with a retryable error, and how long to wait between
 * tries (doubling each time).
 */
public record RetryPolicy(int maxAttempts, long backoffMs) {

    public static final RetryPolicy NONE = new RetryPolicy(1, 0);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max_attempts must be at least 1");
        }
        if (backoffMs < 0) {
            throw new IllegalArgumentException("backoff_ms cannot be negative");
        }
    }
}
