package io.flowmason.fmpkg.processor;

/**
 * Thrown when a type javac has not resolved yet (one another processor may still generate) is met:
 * the component is looked at again in the next round rather than reported.
 */
final class UnresolvedTypeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnresolvedTypeException() {
        super(null, null, false, false);
    }
}
