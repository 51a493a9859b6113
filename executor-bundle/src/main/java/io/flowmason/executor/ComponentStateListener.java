package io.flowmason.executor;

import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.framework.Version;

/**
 * Told (as a whiteboard service) that the state of a component version changed, whoever changed it.
 * Calls come one at a time, in order, on a thread of the executor's; read the state now with
 * {@link ComponentStates#status}, since a later change may already have happened.
 */
@ConsumerType
public interface ComponentStateListener {

    void stateChanged(String type, Version version);
}
