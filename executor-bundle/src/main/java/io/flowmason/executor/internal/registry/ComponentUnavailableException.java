package io.flowmason.executor.internal.registry;

/** A component that was resolved cannot be run now; the message says why. */
public class ComponentUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public ComponentUnavailableException(String message) {
        super(message);
    }
}
