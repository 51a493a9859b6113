package io.flowmason.executor.internal.mapping;

/**
 * A stage's input that cannot be built at run time: a value that does not convert to its field's
 * type, or a required field left without a value. The message names all parts:
 * {@code stage classify: field priority expects an integer, got "abc"}.
 */
public final class MappingException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String stage;
    private final String field;
    private final transient Object value;
    private final String expected;

    private MappingException(String stage, String field, Object value, String expected, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
        this.field = field;
        this.value = value;
        this.expected = expected;
    }

    /** @param field where the coerced value sits; the failure's own path is added to it */
    static MappingException notConvertible(String stage, String field, CoercionException failure) {
        field = failure.pathUnder(field);
        String message = "stage " + stage + ": field " + field + " expects " + failure.expected() + ", got "
                + Json.show(failure.value()) + (failure.reason() == null ? "" : " (" + failure.reason() + ")");
        return new MappingException(stage, field, failure.value(), failure.expected(), message, failure);
    }

    /** @param origin where the value should have come from, such as "mapped from {{input.text}}", or null */
    static MappingException missing(String stage, String field, String expected, String origin) {
        String message = "stage " + stage + ": required field " + field + " expects " + expected + ", got nothing"
                + (origin == null ? "" : " (" + origin + ")");
        return new MappingException(stage, field, null, expected, message, null);
    }

    /** A nested target such as {@code metadata.id} whose parent {@code metadata} holds something other than an object. */
    static MappingException notAnObject(String stage, String parent, Object value, String target) {
        String message = "stage " + stage + ": field " + parent + " expects an object to hold " + target + ", got "
                + Json.show(value);
        return new MappingException(stage, parent, value, "an object", message, null);
    }

    /** The stage whose input it is. */
    public String stage() {
        return stage;
    }

    /** The field's path in the stage input: {@code priority}, {@code metadata.customer_id}, {@code items[2].qty}. */
    public String field() {
        return field;
    }

    /** The value that did not fit; null when a required value was missing. */
    public Object value() {
        return value;
    }

    /** What the field takes: "an integer", "a string or null". */
    public String expected() {
        return expected;
    }
}
