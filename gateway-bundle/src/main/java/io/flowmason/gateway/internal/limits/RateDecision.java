package io.flowmason.gateway.internal.limits;

/**
 * The answer of a {@link RateLimiter}: allowed or not, and the window that binds (the full one when
 * refused, the one with the fewest requests left when allowed).
 *
 * @param window          {@code "minute"} or {@code "hour"}; null when no limit applies
 * @param limit           that window's limit
 * @param remaining       requests left in that window after this one
 * @param resetEpochSecond when that window ends
 * @param windowStart     the epoch second the minute window began (to give a request back)
 * @param hourStart       the epoch second the hour window began (to give a request back)
 */
public record RateDecision(boolean allowed, String window, int limit, int remaining, long resetEpochSecond,
        long windowStart, long hourStart) {

    /** Allowed, with no limit to report. */
    public static final RateDecision UNLIMITED = new RateDecision(true, null, 0, 0, 0, -1, -1);

    public boolean limited() {
        return window != null;
    }

    /** Seconds until the binding window resets, at least 1. */
    public long retryAfterSeconds(long nowEpochSecond) {
        return Math.max(1, resetEpochSecond - nowEpochSecond);
    }
}
