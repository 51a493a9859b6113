package io.flowmason.gateway.internal.registry;

import io.flowmason.executor.ComponentState;
import io.flowmason.executor.ComponentStateListener;
import io.flowmason.executor.ComponentStates;
import io.flowmason.executor.ComponentStatus;
import io.flowmason.gateway.internal.store.ComponentStateStore;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps quarantined and disabled component versions in the database, so that they stay so after a
 * restart: gives the stored states back to the executor when it starts, and stores each change the
 * executor announces (quarantine) or the API makes (disable, enable). It always stores the state the
 * executor holds now, so a late announcement cannot undo a newer change.
 */
@Component(service = {ComponentStateListener.class, ComponentStateKeeper.class}, immediate = true)
public class ComponentStateKeeper implements ComponentStateListener {

    private static final Logger LOG = LoggerFactory.getLogger(ComponentStateKeeper.class);

    private final ComponentStates states;
    private final ComponentStateStore store;

    @Activate
    public ComponentStateKeeper(@Reference ComponentStates states, @Reference ComponentStateStore store) throws SQLException {
        this.states = states;
        this.store = store;
        for (ComponentStateStore.Row row : store.all()) {
            try {
                states.restore(row.type(), Version.parseVersion(row.version()),
                        ComponentState.valueOf(row.state().toUpperCase(Locale.ROOT)), row.reason(), row.changedAt());
            } catch (IllegalArgumentException e) {
                LOG.warn("component_states holds '{}' for {} {}, which is not a state or version; ignored", row.state(), row.type(),
                        row.version());
            }
        }
    }

    @Override
    public void stateChanged(String type, Version version) {
        try {
            save(type, version);
        } catch (SQLException e) {
            LOG.warn("Could not store the state of {} {}; it holds until the instance restarts: {}", type, version, e.getMessage());
        }
    }

    /** Stores the state the executor holds now for this version. */
    public synchronized ComponentStatus save(String type, Version version) throws SQLException {
        ComponentStatus now = states.status(type, version);
        if (now.state() == ComponentState.ACTIVE) {
            store.remove(type, version.toString());
        } else {
            store.put(new ComponentStateStore.Row(type, version.toString(), now.state().id(), now.reason(),
                    now.changedAt() == null ? Instant.now() : now.changedAt()));
        }
        return now;
    }
}
