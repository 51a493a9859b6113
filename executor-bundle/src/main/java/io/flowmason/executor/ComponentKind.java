package io.flowmason.executor;

import java.util.Locale;

/** Node (calls an LLM) or operator (does not). */
public enum ComponentKind {
    NODE, OPERATOR;

    /** As written in JSON and query parameters: {@code node}, {@code operator}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
