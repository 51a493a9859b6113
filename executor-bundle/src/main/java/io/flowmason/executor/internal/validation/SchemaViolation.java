package io.flowmason.executor.internal.validation;

/**
 * One way a JSON value breaks a schema.
 *
 * @param path    where in the value, as a JSON Pointer: {@code ""} for the value itself,
 *                {@code /ticket_text}, {@code /items/2/name}; for a missing or unexpected property
 *                the pointer names that property
 * @param message what is wrong, for people: {@code required property 'ticket_text' is missing}
 * @param keyword the schema keyword that failed: {@code required}, {@code type}, {@code format}, ...
 */
public record SchemaViolation(String path, String message, String keyword) {
}
