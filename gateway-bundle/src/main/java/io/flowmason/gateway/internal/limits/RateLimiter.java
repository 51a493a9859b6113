package io.flowmason.gateway.internal.limits;

/**
 * Counts requests per subject (a key id, a pipeline id) in a per-minute and a per-hour window.
 * The state lives behind this interface so that a store shared by several instances can replace
 * the in-memory one.
 */
public interface RateLimiter {

    /**
     * Takes one request from both windows of {@code subject}, or none when either is full.
     *
     * @param perMinute the per-minute limit, 0 or less for none
     * @param perHour   the per-hour limit, 0 or less for none
     */
    RateDecision tryAcquire(String subject, int perMinute, int perHour);

    /** Gives back a request taken by an allowed {@code decision} (another limit refused the request). */
    void release(String subject, RateDecision decision);
}
