package io.flowmason.gateway.internal.limits;

/** Whether a run may go ahead: {@link Admitted} or {@link Refused}. */
public sealed interface Admission {

    /**
     * The run may go ahead.
     *
     * @param tightest the window with the fewest runs left, for the {@code RateLimit-*} headers;
     *                 {@link RateDecision#limited()} is false when no limit applies to the caller
     */
    record Admitted(RateDecision tightest) implements Admission {
    }

    /**
     * The run is refused with 429.
     *
     * @param code              {@code rate_limited} or {@code quota_exceeded}
     * @param retryAfterSeconds when asking again can succeed
     */
    record Refused(String code, String message, String suggestion, long retryAfterSeconds) implements Admission {
    }
}
