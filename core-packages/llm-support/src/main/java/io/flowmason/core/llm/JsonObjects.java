package io.flowmason.core.llm;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Finds the JSON object a model was asked to answer with, wherever it sits in the answer: alone,
 * inside a {@code ```json} fence, or with prose before and after it.
 */
public final class JsonObjects {

    private JsonObjects() {
    }

    /**
     * The first well-formed JSON object in {@code text}: each {@code '{'} is tried in turn until
     * one starts a complete object. Values are maps, lists, strings, {@link Long} or
     * {@link Double} numbers, booleans and null.
     */
    public static Optional<Map<String, Object>> first(String text) {
        for (int start = text.indexOf('{'); start >= 0; start = text.indexOf('{', start + 1)) {
            Optional<Map<String, Object>> object = new JsonReader(text, start).object();
            if (object.isPresent()) {
                return object;
            }
        }
        return Optional.empty();
    }

    /** The string member {@code name} of {@code object}, when it is a string. */
    public static Optional<String> text(Map<String, Object> object, String name) {
        return object.get(name) instanceof String value ? Optional.of(value) : Optional.empty();
    }

    /**
     * The numeric member {@code name} of {@code object}: a JSON number, or a string holding one
     * (models sometimes quote numbers).
     */
    public static OptionalDouble number(Map<String, Object> object, String name) {
        Object value = object.get(name);
        if (value instanceof Number number) {
            return OptionalDouble.of(number.doubleValue());
        }
        if (value instanceof String string) {
            try {
                double parsed = Double.parseDouble(string.trim());
                return Double.isFinite(parsed) ? OptionalDouble.of(parsed) : OptionalDouble.empty();
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.empty();
    }
}
