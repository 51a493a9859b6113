package io.flowmason.executor.internal.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading the parts of a JSON Schema held as a plain map; every method accepts null for "unknown". */
final class Schemas {


    private Schemas() {
    }

    /** The map, when the value is a JSON object; null otherwise. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    /** True for null and for {@code {}}: nothing is known about the value. */
    static boolean isUnknown(Map<String, Object> schema) {
        return schema == null || schema.isEmpty();
    }

    /** The declared types: {@code "type": "string"} gives [string], a list gives its strings, none gives []. */
    static List<String> types(Map<String, Object> schema) {
        Object type = schema == null ? null : schema.get("type");
        if (type instanceof String single) {
            return List.of(single);
        }
        if (type instanceof List<?> several) {
            List<String> types = new ArrayList<>(several.size());
            for (Object each : several) {
                if (each instanceof String name) {
                    types.add(name);
                }
            }
            return types;
        }
        return List.of();
    }

    /** The declared types other than null; empty when unknown. */
    static List<String> nonNullTypes(Map<String, Object> schema) {
        List<String> types = new ArrayList<>(types(schema));
        types.remove("null");
        return types;
    }

    /** The {@code properties} object, or null when the schema declares none. */
    static Map<String, Object> properties(Map<String, Object> schema) {
        return schema == null ? null : asMap(schema.get("properties"));
    }

    /**
     * The schema of one member of an object: its entry in {@code properties}, else the
     * {@code additionalProperties} schema; null when neither says anything.
     */
    static Map<String, Object> member(Map<String, Object> schema, String name) {
        Map<String, Object> properties = properties(schema);
        Map<String, Object> declared = properties == null ? null : asMap(properties.get(name));
        if (declared != null) {
            return declared;
        }
        return schema == null ? null : asMap(schema.get("additionalProperties"));
    }

    /** True when the schema lists its properties and forbids any other. */
    static boolean isClosed(Map<String, Object> schema) {
        return properties(schema) != null && Boolean.FALSE.equals(schema.get("additionalProperties"));
    }

    /** The {@code items} schema of an array, or null. */
    static Map<String, Object> items(Map<String, Object> schema) {
        return schema == null ? null : asMap(schema.get("items"));
    }

    /** The names in {@code required}. */
    static List<String> required(Map<String, Object> schema) {
        Object required = schema == null ? null : schema.get("required");
        List<String> names = new ArrayList<>();
        if (required instanceof List<?> list) {
            for (Object name : list) {
                if (name instanceof String string) {
                    names.add(string);
                }
            }
        }
        return names;
    }

    /** "a string", "an integer or null"; "any value" when no type is declared. */
    static String describe(Map<String, Object> schema) {
        List<String> types = types(schema);
        if (types.isEmpty()) {
            return "any value";
        }
        return Json.describeTypes(types);
    }

    /** Whether the component renders this field's templates itself (a {@code Deferred} field). */
    static boolean isDeferred(Map<String, Object> schema) {
        return schema != null && Boolean.TRUE.equals(schema.get(io.flowmason.api.component.Deferred.SCHEMA_KEYWORD));
    }
}
