package io.flowmason.executor.internal.states;

import io.flowmason.executor.ComponentState;
import io.flowmason.executor.ComponentStateListener;
import io.flowmason.executor.ComponentStates;
import io.flowmason.executor.ComponentStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The states of component versions and their abandoned stage threads, kept by type and version.
 * The run path asks {@link #refusal} before it calls a component; while no version is quarantined
 * or disabled that costs one volatile read.
 */
@Component(service = {ComponentStates.class, ComponentStateBook.class})
public class ComponentStateBook implements ComponentStates {

    static final String QUARANTINE_AFTER = "flowmason.quarantine.after.abandoned";
    private static final Logger LOG = LoggerFactory.getLogger(ComponentStateBook.class);
    private static final Comparator<ComponentStatus> ORDER = Comparator.comparing(ComponentStatus::type)
            .thenComparing(ComponentStatus::version);

    /** Key of a version in the book. */
    private record Key(String type, Version version) {
    }

    /** Why a run may not call a version: the run error code and the message. */
    public record Refusal(String code, String message) {
    }

    private final Map<Key, VersionState> versions = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final int quarantineAfter;
    private final ExecutorService announcer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "flowmason-component-states");
        thread.setDaemon(true);
        return thread;
    });

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<ComponentStateListener> listeners = new CopyOnWriteArrayList<>();

    @Activate
    public ComponentStateBook(BundleContext context) {
        this(quarantineAfter(context.getProperty(QUARANTINE_AFTER)));
    }

    ComponentStateBook(int quarantineAfter) {
        this.quarantineAfter = quarantineAfter;
    }

    @Deactivate
    void close() {
        announcer.shutdown();
    }

    private static int quarantineAfter(String setting) {
        if (setting == null || setting.isBlank()) {
            return 3;
        }
        try {
            return Math.max(0, Integer.parseInt(setting.trim()));
        } catch (NumberFormatException e) {
            LOG.warn("{} is '{}', not a number; quarantining after 3 abandoned threads", QUARANTINE_AFTER, setting);
            return 3;
        }
    }

    /** Null when runs may call this version, else why not and how to allow it again. */
    public Refusal refusal(String type, Version version) {
        if (refused.get() == 0) {
            return null;
        }
        VersionState entry = versions.get(new Key(type, version));
        if (entry == null) {
            return null;
        }
        ComponentState state = entry.state();
        String enable = "POST /api/registry/components/" + type + "/" + version + "/enable (permission packages:deploy)";
        return switch (state) {
            case ACTIVE -> null;
            case QUARANTINED -> new Refusal("component_quarantined", type + " " + version + " is quarantined: " + entry.reason()
                    + ". Fix the component (it does not return when interrupted), then re-enable this version with " + enable
                    + ", or deploy a fixed version");
            case DISABLED -> new Refusal("component_disabled", type + " " + version + " is disabled: " + entry.reason()
                    + ". Enable it again with " + enable);
        };
    }

    /**
     * Counts a stage thread that {@code type} {@code version} keeps past its timeout, and quarantines
     * the version when that makes too many. Answers what to call, on that thread, once the component returns.
     */
    public Runnable abandoned(String type, Version version, Thread thread) {
        VersionState entry = entry(type, version);
        VersionState.Abandonment abandonment = entry.new Abandonment(thread);
        long count = entry.abandoned(abandonment);
        if (quarantineAfter > 0 && count >= quarantineAfter && entry.state() == ComponentState.ACTIVE) {
            String reason = count + " stage threads were abandoned after their timeouts since it was last enabled"
                    + " (FLOWMASON_QUARANTINE_AFTER_ABANDONED is " + quarantineAfter + ")";
            change(type, version, ComponentState.QUARANTINED, reason, true);
            LOG.warn("{} {} is quarantined: {}", type, version, reason);
        }
        return abandonment::returned;
    }

    @Override
    public ComponentStatus status(String type, Version version) {
        VersionState entry = versions.get(new Key(type, version));
        return entry != null ? entry.status()
                : new ComponentStatus(type, version, ComponentState.ACTIVE, null, null, ComponentStatus.AbandonedThreads.NONE);
    }

    @Override
    public List<ComponentStatus> notable() {
        return versions.values().stream().filter(VersionState::notable).map(VersionState::status).sorted(ORDER).toList();
    }

    @Override
    public ComponentStatus disable(String type, Version version, String reason) {
        String why = reason == null || reason.isBlank() ? "disabled by an admin" : reason.strip();
        change(type, version, ComponentState.DISABLED, why, true);
        return status(type, version);
    }

    @Override
    public ComponentStatus enable(String type, Version version) {
        change(type, version, ComponentState.ACTIVE, null, true);
        return status(type, version);
    }

    @Override
    public void restore(String type, Version version, ComponentState state, String reason, Instant changedAt) {
        change(type, version, state, reason, false, changedAt);
    }

    private void change(String type, Version version, ComponentState state, String reason, boolean announce) {
        change(type, version, state, reason, announce, Instant.now());
    }

    private void change(String type, Version version, ComponentState state, String reason, boolean announce, Instant at) {
        VersionState entry = entry(type, version);
        synchronized (entry) {
            ComponentState before = entry.state();
            entry.change(state, reason, at);
            refused.addAndGet(blocking(state) - blocking(before));
        }
        if (announce) {
            try {
                announcer.execute(() -> announce(type, version));
            } catch (RejectedExecutionException stopping) {
                LOG.info("{} {} is now {}; the executor is stopping, so no listener hears of it", type, version, state.id());
            }
        }
    }

    private static int blocking(ComponentState state) {
        return state == ComponentState.ACTIVE ? 0 : 1;
    }

    private void announce(String type, Version version) {
        for (ComponentStateListener listener : listeners) {
            try {
                listener.stateChanged(type, version);
            } catch (RuntimeException e) {
                LOG.warn("a component state listener failed on {} {}: {}", type, version, e.toString());
            }
        }
    }

    private VersionState entry(String type, Version version) {
        return versions.computeIfAbsent(new Key(type, version), key -> new VersionState(type, version));
    }
}
