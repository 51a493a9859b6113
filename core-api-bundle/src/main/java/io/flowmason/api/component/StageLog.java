package io.flowmason.api.component;

import org.osgi.annotation.versioning.ProviderType;

/** A component's log: each entry lands in the run's trace for its stage and in the instance log. */
@ProviderType
public interface StageLog {

    void debug(String message);

    void info(String message);

    void warn(String message);

    void error(String message);
}
