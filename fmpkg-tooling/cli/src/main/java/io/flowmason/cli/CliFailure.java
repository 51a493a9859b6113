package io.flowmason.cli;

/**
 * A failure {@code fm} reports as one clear message (and, where there is one, what to do about
 * it) with its exit code, instead of a stack trace.
 */
public class CliFailure extends RuntimeException {

    private final int exitCode;

    public CliFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CliFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
