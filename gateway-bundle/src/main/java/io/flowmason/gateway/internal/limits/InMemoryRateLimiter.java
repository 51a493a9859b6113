package io.flowmason.gateway.internal.limits;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fixed per-minute and per-hour windows held in this process. Each subject's two counters sit in one
 * immutable state swapped by compare-and-set, so both windows are checked and taken together without a
 * lock: with a limit of N exactly N of any number of concurrent requests pass. Subjects whose hour
 * window has ended are swept away (a dead state is marked first, so no request counts on a removed entry),
 * which keeps memory bounded by the subjects active in the last hour.
 */
public final class InMemoryRateLimiter implements RateLimiter {

    private static final int SWEEP_EVERY = 1024;
    private static final Window DEAD = new Window(Long.MIN_VALUE, 0, Long.MIN_VALUE, 0);

    private final Clock clock;
    private final Map<String, AtomicReference<Window>> subjects = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();

    public InMemoryRateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** The counts of one subject: the minute and hour windows it is in, by their first epoch second. */
    private record Window(long minuteStart, int minuteCount, long hourStart, int hourCount) {

        Window at(long now) {
            long minute = now - Math.floorMod(now, 60);
            long hour = now - Math.floorMod(now, 3600);
            return new Window(minute, minute == minuteStart ? minuteCount : 0, hour, hour == hourStart ? hourCount : 0);
        }
    }

    @Override
    public RateDecision tryAcquire(String subject, int perMinute, int perHour) {
        if (perMinute <= 0 && perHour <= 0) {
            return RateDecision.UNLIMITED;
        }
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            sweep();
        }
        long now = clock.instant().getEpochSecond();
        while (true) {
            AtomicReference<Window> ref = subjects.computeIfAbsent(subject, s -> new AtomicReference<>(new Window(0, 0, 0, 0)));
            Window seen = ref.get();
            if (seen == DEAD) {
                subjects.remove(subject, ref);
                continue;
            }
            Window current = seen.at(now);
            boolean minuteFull = perMinute > 0 && current.minuteCount() >= perMinute;
            boolean hourFull = perHour > 0 && current.hourCount() >= perHour;
            if (minuteFull || hourFull) {
                return minuteFull ? decision(false, "minute", perMinute, 0, current)
                        : decision(false, "hour", perHour, 0, current);
            }
            Window taken = new Window(current.minuteStart(), current.minuteCount() + 1, current.hourStart(), current.hourCount() + 1);
            if (ref.compareAndSet(seen, taken)) {
                return tightest(perMinute, perHour, taken);
            }
        }
    }

    @Override
    public void release(String subject, RateDecision decision) {
        AtomicReference<Window> ref = subjects.get(subject);
        if (ref == null || !decision.allowed() || !decision.limited()) {
            return;
        }
        while (true) {
            Window seen = ref.get();
            if (seen == DEAD) {
                return;
            }
            Window back = new Window(seen.minuteStart(),
                    seen.minuteStart() == decision.windowStart() ? Math.max(0, seen.minuteCount() - 1) : seen.minuteCount(),
                    seen.hourStart(), seen.hourStart() == decision.hourStart() ? Math.max(0, seen.hourCount() - 1) : seen.hourCount());
            if (ref.compareAndSet(seen, back)) {
                return;
            }
        }
    }

    /** How many subjects are held; for tests of the sweep. */
    int size() {
        return subjects.size();
    }

    /** Forgets subjects whose hour window has ended. */
    void sweep() {
        long hour = clock.instant().getEpochSecond() / 3600 * 3600;
        subjects.forEach((subject, ref) -> {
            Window seen = ref.get();
            if (seen != DEAD && seen.hourStart() < hour && ref.compareAndSet(seen, DEAD)) {
                subjects.remove(subject, ref);
            }
        });
    }

    private static RateDecision tightest(int perMinute, int perHour, Window taken) {
        int minuteLeft = perMinute > 0 ? perMinute - taken.minuteCount() : Integer.MAX_VALUE;
        int hourLeft = perHour > 0 ? perHour - taken.hourCount() : Integer.MAX_VALUE;
        return minuteLeft <= hourLeft ? decision(true, "minute", perMinute, minuteLeft, taken)
                : decision(true, "hour", perHour, hourLeft, taken);
    }

    private static RateDecision decision(boolean allowed, String window, int limit, int remaining, Window w) {
        long reset = "minute".equals(window) ? w.minuteStart() + 60 : w.hourStart() + 3600;
        return new RateDecision(allowed, window, limit, remaining, reset, w.minuteStart(), w.hourStart());
    }
}
