package io.flowmason.executor;

import java.util.Locale;

/** Whether runs may call a component version: {@code active}, {@code quarantined} (by the executor) or {@code disabled} (by an admin). */
public enum ComponentState {
    ACTIVE, QUARANTINED, DISABLED;

    /** As written in JSON: {@code active}, {@code quarantined}, {@code disabled}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
