package io.flowmason.launcher;

/** Why the instance cannot start, in one line a person can act on. */
public class StartupException extends Exception {

    private static final long serialVersionUID = 1L;

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
