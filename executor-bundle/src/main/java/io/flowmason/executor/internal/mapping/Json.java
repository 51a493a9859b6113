package io.flowmason.executor.internal.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;

/**
 * JSON text for the mapping package: parsing strings into plain Java trees, writing trees as
 * compact JSON, naming the JSON type of a value and showing a value in a message.
 */
final class Json {

    /** Configured once here and never changed afterwards, so it is safe to share between threads. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final int SHOWN_CHARS = 80;

    private Json() {
    }

    /** Maps, lists, strings, numbers, booleans or null. */
    static Object parse(String text) throws JsonProcessingException {
        return MAPPER.readValue(text, Object.class);
    }

    /** Compact JSON of a tree. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("value has no JSON form: " + e.getOriginalMessage(), e);
        }
    }

    /** How a value reads inside text: strings as they are, null as nothing, others as JSON. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String string) {
            return string;
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
            return value.toString();
        }
        return write(value);
    }

    /** The JSON Schema type name of a value: string, integer, number, boolean, object, array or null. */
    static String typeOf(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String || value instanceof Character) {
            return "string";
        }
        if (isIntegral(value)) {
            return "integer";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof Map) {
            return "object";
        }
        if (value instanceof List) {
            return "array";
        }
        return "unknown";
    }

    static boolean isIntegral(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof java.math.BigInteger;
    }

    /** A value as JSON for a message, shortened when long: {@code "abc"}, {@code 12.5}, {@code {"a":1}}. */
    static String show(Object value) {
        String json;
        try {
            json = MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            json = String.valueOf(value);
        }
        return json.length() <= SHOWN_CHARS ? json : json.substring(0, SHOWN_CHARS - 3) + "...";
    }

    /** Type names as a phrase: [integer, boolean] gives "an integer or a boolean". */
    static String describeTypes(List<String> types) {
        StringBuilder phrase = new StringBuilder();
        for (String type : types) {
            phrase.append(phrase.isEmpty() ? "" : " or ").append(withArticle(type));
        }
        return phrase.toString();
    }

    /** A type name with its article, as in "expects an integer": "an integer", "a string", "null". */
    static String withArticle(String type) {
        return switch (type) {
            case "null" -> "null";
            case "integer", "object", "array" -> "an " + type;
            default -> "a " + type;
        };
    }
}
