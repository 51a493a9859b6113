package io.flowmason.executor.internal.states;

import io.flowmason.executor.ComponentState;
import io.flowmason.executor.ComponentStatus;
import io.flowmason.executor.ComponentStatus.AbandonedThreads;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Version;

/** What the executor knows of one component version: its state and the stage threads it left running. */
final class VersionState {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final String type;
    private final Version version;
    private final Set<Abandonment> running = ConcurrentHashMap.newKeySet();
    private ComponentState state = ComponentState.ACTIVE;
    private String reason;
    private Instant changedAt;
    private long total;
    private long sinceEnabled;
    private long returnedCpuNanos;

    VersionState(String type, Version version) {
        this.type = type;
        this.version = version;
    }

    synchronized ComponentState state() {
        return state;
    }

    synchronized String reason() {
        return reason;
    }

    /** Sets the state; becoming active starts the count toward quarantine afresh. */
    synchronized void change(ComponentState to, String why, Instant at) {
        state = to;
        reason = to == ComponentState.ACTIVE ? null : why;
        changedAt = at;
        if (to == ComponentState.ACTIVE) {
            sinceEnabled = 0;
        }
    }

    /** Counts a thread abandoned in this version; answers the abandonments since it was last enabled. */
    synchronized long abandoned(Abandonment thread) {
        running.add(thread);
        total++;
        return ++sinceEnabled;
    }

    synchronized void returned(Abandonment thread, long cpuNanos) {
        if (running.remove(thread)) {
            returnedCpuNanos += cpuNanos;
        }
    }

    synchronized boolean notable() {
        return state != ComponentState.ACTIVE || total > 0;
    }

    synchronized ComponentStatus status() {
        long cpu = returnedCpuNanos;
        for (Abandonment thread : running) {
            cpu += thread.cpuSoFar();
        }
        AbandonedThreads abandoned = total == 0 ? AbandonedThreads.NONE
                : new AbandonedThreads(running.size(), total, sinceEnabled, cpu / 1_000_000);
        return new ComponentStatus(type, version, state, reason, changedAt, abandoned);
    }

    /** One stage thread left running in this version; {@link #returned} when the component gives it back. */
    final class Abandonment {
        private final long threadId;
        private final long cpuAtStart;

        Abandonment(Thread thread) {
            this.threadId = thread.getId();
            this.cpuAtStart = cpuOf(threadId);
        }

        /** Called on the abandoned thread itself once the component returns. */
        void returned() {
            VersionState.this.returned(this, Math.max(0, cpuOf(threadId) - cpuAtStart));
        }

        long cpuSoFar() {
            long now = cpuOf(threadId);
            return now < 0 ? 0 : Math.max(0, now - cpuAtStart);
        }
    }

    /** The CPU time of a live thread in nanoseconds; 0 where the JVM does not measure it, -1 for a thread that ended. */
    private static long cpuOf(long threadId) {
        return THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(threadId) : 0;
    }
}
