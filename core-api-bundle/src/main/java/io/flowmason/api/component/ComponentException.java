package io.flowmason.api.component;

/**
 * A failure a component reports on purpose. The message is shown to whoever runs the pipeline,
 * so it says what went wrong in their terms; {@link #retryable()} tells the executor whether the
 * stage's retry policy may try again.
 */
public class ComponentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ErrorType type;
    private final boolean retryable;

    public ComponentException(ErrorType type, String message, boolean retryable) {
        this(type, message, retryable, null);
    }

    public ComponentException(ErrorType type, String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.type = type;
        this.retryable = retryable;
    }

    public ErrorType type() {
        return type;
    }

    public boolean retryable() {
        return retryable;
    }
}
