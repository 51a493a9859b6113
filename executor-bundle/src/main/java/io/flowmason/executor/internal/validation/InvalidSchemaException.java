package io.flowmason.executor.internal.validation;

import java.util.List;

/**
 * A schema that is not a valid JSON Schema, so nothing can be validated against it. The message
 * says what is wrong; {@link #problems()} lists each place in the schema (paths are JSON Pointers
 * into the schema document) when the meta-schema found them.
 */
public class InvalidSchemaException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<SchemaViolation> problems;

    public InvalidSchemaException(String message, List<SchemaViolation> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public InvalidSchemaException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    /** What the meta-schema found wrong, in the schema's own terms; empty when it failed to compile instead. */
    public List<SchemaViolation> problems() {
        return problems;
    }
}
