package io.flowmason.executor.internal.registry;

/**
 * A component that was resolved cannot be run now; the message says why, the code is the run error
 * code: {@code component_unavailable}, or {@code component_quarantined} / {@code component_disabled}
 * for a version runs may not call.
 */
public class ComponentUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String code;

    public ComponentUnavailableException(String message) {
        this("component_unavailable", message);
    }

    public ComponentUnavailableException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
