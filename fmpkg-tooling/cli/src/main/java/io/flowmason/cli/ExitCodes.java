package io.flowmason.cli;

/** What {@code fm} exits with; documented in {@code fm --help} and docs/packaging.md. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int UNREACHABLE = 3;
    public static final int UNAUTHORIZED = 4;
    public static final int WRONG_ENVIRONMENT = 5;

    private ExitCodes() {
    }
}
