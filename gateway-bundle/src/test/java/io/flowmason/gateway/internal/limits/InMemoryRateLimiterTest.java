package io.flowmason.gateway.internal.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.gateway.internal.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryRateLimiterTest {

    /** 10:00:20 UTC: 40 s left in the minute, 3580 s in the hour. */
    private static final Instant START = Instant.parse("2026-03-02T10:00:20Z");

    private final MutableClock clock = new MutableClock(START);
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(clock);

    @Test
    void countsDownTheRemainingRequestsAndReportsTheWindowEnd() {
        RateDecision first = limiter.tryAcquire("k", 3, 100);
        assertThat(first.allowed()).isTrue();
        assertThat(first.window()).isEqualTo("minute");
        assertThat(first.limit()).isEqualTo(3);
        assertThat(first.remaining()).isEqualTo(2);
        assertThat(first.resetEpochSecond()).isEqualTo(Instant.parse("2026-03-02T10:01:00Z").getEpochSecond());
        assertThat(limiter.tryAcquire("k", 3, 100).remaining()).isEqualTo(1);
        assertThat(limiter.tryAcquire("k", 3, 100).remaining()).isZero();

        RateDecision refused = limiter.tryAcquire("k", 3, 100);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.window()).isEqualTo("minute");
        assertThat(refused.retryAfterSeconds(START.getEpochSecond())).isEqualTo(40);
    }

    @Test
    void theMinuteWindowRollsOverWhileTheHourKeepsCounting() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("k", 3, 5).allowed()).isTrue();
        }
        assertThat(limiter.tryAcquire("k", 3, 5).allowed()).isFalse();

        clock.advanceSeconds(40);
        RateDecision next = limiter.tryAcquire("k", 3, 5);
        assertThat(next.allowed()).isTrue();
        assertThat(next.window()).as("the hour has 1 left, the minute 2").isEqualTo("hour");
        assertThat(next.remaining()).isEqualTo(1);
        assertThat(next.resetEpochSecond()).isEqualTo(Instant.parse("2026-03-02T11:00:00Z").getEpochSecond());
        assertThat(limiter.tryAcquire("k", 3, 5).allowed()).isTrue();

        RateDecision hourFull = limiter.tryAcquire("k", 3, 5);
        assertThat(hourFull.allowed()).isFalse();
        assertThat(hourFull.window()).isEqualTo("hour");
        assertThat(hourFull.retryAfterSeconds(clock.instant().getEpochSecond())).isEqualTo(3540);

        clock.set(Instant.parse("2026-03-02T11:00:00Z"));
        assertThat(limiter.tryAcquire("k", 3, 5).remaining()).isEqualTo(2);
    }

    @Test
    void subjectsAreCountedApartAndNoLimitIsUnlimited() {
        assertThat(limiter.tryAcquire("a", 1, 0).allowed()).isTrue();
        assertThat(limiter.tryAcquire("a", 1, 0).allowed()).isFalse();
        assertThat(limiter.tryAcquire("b", 1, 0).allowed()).isTrue();
        RateDecision unlimited = limiter.tryAcquire("c", 0, 0);
        assertThat(unlimited.allowed()).isTrue();
        assertThat(unlimited.limited()).isFalse();
    }

    @Test
    void aReleasedRequestCanBeTakenAgainInTheSameWindowOnly() {
        RateDecision taken = limiter.tryAcquire("k", 1, 10);
        limiter.release("k", taken);
        RateDecision again = limiter.tryAcquire("k", 1, 10);
        assertThat(again.allowed()).isTrue();

        clock.advanceSeconds(3600);
        assertThat(limiter.tryAcquire("k", 1, 10).allowed()).isTrue();
        limiter.release("k", again);
        assertThat(limiter.tryAcquire("k", 1, 10).allowed()).as("a release from an ended window frees nothing now").isFalse();
    }

    @Test
    void subjectsOfEndedHoursAreForgotten() {
        limiter.tryAcquire("old", 5, 50);
        clock.advanceSeconds(3600);
        limiter.tryAcquire("new", 5, 50);
        limiter.sweep();
        assertThat(limiter.size()).isEqualTo(1);
        assertThat(limiter.tryAcquire("old", 5, 50).remaining()).isEqualTo(4);
    }

    @Test
    void exactlyTheLimitOfManyConcurrentRequestsPass() throws Exception {
        for (int round = 0; round < 20; round++) {
            String subject = "busy-" + round;
            ExecutorService threads = Executors.newFixedThreadPool(32);
            CountDownLatch go = new CountDownLatch(1);
            AtomicInteger passed = new AtomicInteger();
            List<Future<?>> tasks = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                tasks.add(threads.submit(() -> {
                    go.await();
                    if (limiter.tryAcquire(subject, 37, 1000).allowed()) {
                        passed.incrementAndGet();
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> task : tasks) {
                task.get();
            }
            threads.shutdown();
            assertThat(passed.get()).isEqualTo(37);
        }
    }

    @Test
    void theHourLimitIsExactUnderConcurrencyToo() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(32);
        AtomicInteger passed = new AtomicInteger();
        List<Future<?>> tasks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            tasks.add(threads.submit(() -> {
                if (limiter.tryAcquire("h", 100, 11).allowed()) {
                    passed.incrementAndGet();
                }
            }));
        }
        for (Future<?> task : tasks) {
            task.get();
        }
        threads.shutdown();
        assertThat(passed.get()).isEqualTo(11);
    }
}
