package io.flowmason.gateway.internal.packages;

import java.util.List;

/**
 * A package that was refused, and why: an HTTP status, a stable code, a message, the individual
 * problems and what to do. Nothing of it was installed.
 */
public class PackageRejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final List<String> problems;
    private final String suggestion;

    public PackageRejected(int status, String code, String message, List<String> problems, String suggestion) {
        super(message);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
        this.suggestion = suggestion;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<String> problems() {
        return problems;
    }

    public String suggestion() {
        return suggestion;
    }
}
