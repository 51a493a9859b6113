package io.flowmason.executor;

import java.time.Instant;
import org.osgi.framework.Version;

/**
 * The runtime state of one component version (type and package version): whether runs may call
 * it, and the stage threads it left running past their timeouts.
 *
 * @param reason null when active, else why it is quarantined or disabled
 * @param changedAt when the state last changed; null when it never did
 */
public record ComponentStatus(String type, Version version, ComponentState state, String reason, Instant changedAt,
        AbandonedThreads abandonedThreads) {

    /**
     * Stage threads of this version abandoned after their timeouts.
     *
     * @param running abandoned threads still inside the component
     * @param total every abandonment since the instance started
     * @param sinceEnabled abandonments since the version was last enabled (or since start): what quarantine counts
     * @param cpuMs CPU time the abandoned threads have used since they were abandoned, returned ones included
     */
    public record AbandonedThreads(int running, long total, long sinceEnabled, long cpuMs) {

        public static final AbandonedThreads NONE = new AbandonedThreads(0, 0, 0, 0);
    }
}
