package io.flowmason.executor;

import java.time.Instant;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Version;

/**
 * The runtime state of component versions, which the executor enforces: a run that needs a
 * quarantined or disabled version fails without calling it. The executor quarantines a version
 * itself after too many stage threads abandoned past their timeouts (framework property
 * {@code flowmason.quarantine.after.abandoned}, 0 never); an admin disables and enables. States are
 * kept by type and version, whether the version is installed or not. Changes are announced to
 * {@link ComponentStateListener} services.
 */
@ProviderType
public interface ComponentStates {

    /** The state of one version; {@code active} with no abandoned threads when nothing was ever recorded for it. */
    ComponentStatus status(String type, Version version);

    /** Every version that is not active or has ever had a stage thread abandoned, ordered by type then version. */
    List<ComponentStatus> notable();

    /** Refuses runs of this version until it is enabled; {@code reason} may be null. */
    ComponentStatus disable(String type, Version version, String reason);

    /** Makes the version active again and starts its count of abandonments toward quarantine afresh. */
    ComponentStatus enable(String type, Version version);

    /** Gives back a state kept from before a restart; announces nothing. */
    void restore(String type, Version version, ComponentState state, String reason, Instant changedAt);
}
