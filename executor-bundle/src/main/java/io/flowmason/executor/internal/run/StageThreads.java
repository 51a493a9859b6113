package io.flowmason.executor.internal.run;

import io.flowmason.executor.internal.registry.DeployedComponent;
import io.flowmason.executor.internal.states.ComponentStateBook;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads stages run on. Operators are synchronous and short: they run on a small pool sized
 * to the processors, and a stage that follows one on a pool thread runs in that thread without a
 * hop. Nodes hold no thread while they wait. One timer thread serves every timeout and retry delay.
 * An operator that hangs past its timeout is interrupted and abandoned; the pool grows by one
 * thread for each one still stuck, so hung components cannot starve the rest. One still stuck a
 * second after the interrupt is charged to its component version ({@link ComponentStateBook}).
 */
@Component(service = StageThreads.class)
public class StageThreads {

    private static final Logger LOG = LoggerFactory.getLogger(StageThreads.class);
    private static final int MAX_ABANDONED = 64;
    private static final long TIMER_HEARTBEAT_MS = 100;
    /** How long an interrupted operator has to return before its version is charged with an abandoned thread. */
    private static final long INTERRUPT_GRACE_MS = 1000;

    private final int size = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
    private final ThreadPoolExecutor workers;
    private final ScheduledThreadPoolExecutor timer;
    private final AtomicInteger abandoned = new AtomicInteger();
    private final ComponentStateBook states;

    @Activate
    public StageThreads(@Reference ComponentStateBook states) {
        this.states = states;
        this.workers = new ThreadPoolExecutor(size, size, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                factory("flowmason-stage-", true));
        this.timer = new ScheduledThreadPoolExecutor(1, factory("flowmason-timer-", false));
        timer.setRemoveOnCancelPolicy(true);
        // A no-op every 100 ms keeps a near deadline at the head of the timer's queue. Arming a
        // stage's timeout (30 s by default) then leaves the timer thread asleep; without it, each
        // stage armed into an empty queue woke the thread, about 1.5 µs a stage (docs/performance.md).
        timer.scheduleWithFixedDelay(() -> { }, TIMER_HEARTBEAT_MS, TIMER_HEARTBEAT_MS, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void close() {
        timer.shutdownNow();
        workers.shutdownNow();
    }

    /** Runs the task now when already on a stage thread, else on one. */
    void run(Runnable task) {
        if (Thread.currentThread() instanceof StageThread) {
            task.run();
        } else {
            workers.execute(task);
        }
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    /** Called for an operator that did not return after its timeout and an interrupt. */
    void abandoned(String what) {
        int now = abandoned.incrementAndGet();
        if (now <= MAX_ABANDONED) {
            workers.setMaximumPoolSize(size + now);
            workers.setCorePoolSize(size + now);
        }
        LOG.warn("{} hangs past its timeout; its thread is abandoned ({} abandoned so far)", what, now);
    }

    /** Runs {@code check} on the timer once an interrupted operator's grace period is over. */
    void afterGrace(Runnable check) {
        timer.schedule(check, INTERRUPT_GRACE_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * Charges {@code component} with the stage thread it still keeps after the grace period; answers
     * what that thread calls once the operator returns.
     */
    Runnable keptPastGrace(DeployedComponent component, Thread thread) {
        LOG.warn("{} {} ignored the interrupt and still runs {} ms after its timeout", component.type(), component.version(),
                INTERRUPT_GRACE_MS);
        return states.abandoned(component.type(), component.version(), thread);
    }

    /** Called when an abandoned operator returns after all. */
    void recovered() {
        int now = abandoned.decrementAndGet();
        if (now < MAX_ABANDONED) {
            workers.setCorePoolSize(size + Math.max(0, now));
            workers.setMaximumPoolSize(size + Math.max(0, now));
        }
    }

    private static ThreadFactory factory(String prefix, boolean stage) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = stage ? new StageThread(task, prefix + count.incrementAndGet()) : new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Marks the threads of the pool, so that work already on one needs no hop. */
    private static final class StageThread extends Thread {
        StageThread(Runnable task, String name) {
            super(task, name);
        }
    }
}
