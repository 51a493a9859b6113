package io.flowmason.executor.internal.mapping;

import java.util.List;

/**
 * A value that cannot be converted to the type its schema asks for, such as {@code "abc"} for an
 * integer. When the value sits inside an object or array, {@link #path()} says where
 * ({@code priority}, {@code items[2].qty}); it is empty for the value itself.
 */
public final class CoercionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Object value;
    private final List<String> expectedTypes;
    private final String path;
    private final String reason;

    /** @param reason why, when more can be said than the type ("it is not valid JSON"), else null */
    CoercionException(Object value, List<String> expectedTypes, String path, String reason) {
        super(message(value, expectedTypes, path, reason));
        this.value = value;
        this.expectedTypes = List.copyOf(expectedTypes);
        this.path = path;
        this.reason = reason;
    }

    /** The value that could not be converted (the nested one, when {@link #path()} is not empty). */
    public Object value() {
        return value;
    }

    /** The schema types that were tried: [integer], or [integer, boolean] for a type list. */
    public List<String> expectedTypes() {
        return expectedTypes;
    }

    /** "an integer", "an integer or a boolean". */
    public String expected() {
        return Json.describeTypes(expectedTypes);
    }

    /** Where the value sits inside the coerced value: empty, {@code priority}, {@code items[2].qty}, {@code [0]}. */
    public String path() {
        return path;
    }

    /** Why, beyond the type, when more can be said ("it is not valid JSON"); else null. */
    String reason() {
        return reason;
    }

    /** This failure seen from the enclosing object's member {@code name}. */
    CoercionException inMember(String name) {
        return within(name);
    }

    /** This failure seen from the enclosing array at {@code index}. */
    CoercionException inItem(int index) {
        return within("[" + index + "]");
    }

    private CoercionException within(String step) {
        return new CoercionException(value, expectedTypes, pathUnder(step), reason);
    }

    /** The full path of the failing value when the coerced value sits at {@code field}: {@code metadata.priority}. */
    String pathUnder(String field) {
        return path.isEmpty() ? field : path.startsWith("[") ? field + path : field + "." + path;
    }

    private static String message(Object value, List<String> expectedTypes, String path, String reason) {
        StringBuilder message = new StringBuilder();
        if (!path.isEmpty()) {
            message.append(path).append(": ");
        }
        message.append(Json.show(value)).append(" is not ")
                .append(Json.describeTypes(expectedTypes));
        if (reason != null) {
            message.append(": ").append(reason);
        }
        return message.toString();
    }
}
