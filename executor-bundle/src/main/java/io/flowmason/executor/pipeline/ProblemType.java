package io.flowmason.executor.pipeline;

import java.util.Locale;

/** The kinds of problem a pipeline can have, as API.md names them in {@code error_type}. */
public enum ProblemType {
    MISSING_REQUIRED,
    TYPE_MISMATCH,
    INVALID_TEMPLATE,
    UNKNOWN_COMPONENT,
    UNKNOWN_STAGE,
    CYCLE,
    UNSUPPORTED_PROVIDER;

    /** As written in JSON: {@code missing_required}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
