package io.flowmason.fmpkg.checks;

import java.util.List;

/**
 * A file the instance refuses before installing anything, and why: the kind of refusal, a
 * message, the individual problems (for {@link Reason#INVALID}) and what to do.
 */
public final class PackageRefused extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a file is refused; the instance answers each with its own status and code. */
    public enum Reason {
        /** Larger than the size limit. */
        TOO_LARGE,
        /** Not a zip archive at all. */
        NOT_A_ZIP,
        /** The file could not be read. */
        UNREADABLE,
        /** A readable jar that breaks one or more rules; {@link #problems()} lists them all. */
        INVALID
    }

    private final Reason reason;
    private final transient List<Problem> problems;
    private final String suggestion;

    public PackageRefused(Reason reason, String message, List<Problem> problems, String suggestion) {
        super(message);
        this.reason = reason;
        this.problems = List.copyOf(problems);
        this.suggestion = suggestion;
    }

    public Reason reason() {
        return reason;
    }

    public List<Problem> problems() {
        return problems;
    }

    public String suggestion() {
        return suggestion;
    }
}
