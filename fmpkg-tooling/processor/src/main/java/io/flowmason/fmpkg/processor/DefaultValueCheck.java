package io.flowmason.fmpkg.processor;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Whether a parsed {@code @DefaultValue} fits the JSON Schema derived for its component: the JSON
 * kind, enum constants, and recursively array items and object properties.
 */
final class DefaultValueCheck {

    private DefaultValueCheck() {
    }

    /** Null when {@code value} fits {@code schema}, otherwise what does not fit. */
    static String mismatch(Map<String, Object> schema, Object value) {
        return mismatch(schema, value, "");
    }

    /** A default that would fit, to show in an error message. */
    static String example(Map<String, Object> schema) {
        if (schema.get("enum") instanceof List<?> constants && !constants.isEmpty()) {
            return "\"" + constants.get(0) + "\"";
        }
        Object type = schema.get("type");
        if (type == null) {
            return "null";
        }
        return switch (type.toString()) {
            case "integer" -> "0";
            case "number" -> "0.5";
            case "boolean" -> "false";
            case "string" -> "\"text\"";
            case "array" -> "[]";
            default -> "{}";
        };
    }

    private static String mismatch(Map<String, Object> schema, Object value, String path) {
        Object type = schema.get("type");
        if (type == null || value == null) {
            return null;
        }
        String where = path.isEmpty() ? "" : " at " + path;
        switch (type.toString()) {
            case "integer":
                if (!(value instanceof BigDecimal n) || n.signum() != 0 && n.stripTrailingZeros().scale() > 0) {
                    return "expected a whole number" + where + ", got " + describe(value);
                }
                return null;
            case "number":
                return value instanceof BigDecimal ? null : "expected a number" + where + ", got " + describe(value);
            case "boolean":
                return value instanceof Boolean ? null : "expected true or false" + where + ", got " + describe(value);
            case "string":
                if (!(value instanceof String s)) {
                    return "expected a string in double quotes" + where + ", got " + describe(value);
                }
                if (schema.get("enum") instanceof List<?> constants && !constants.contains(s)) {
                    return "\"" + s + "\"" + where + " is not one of the constants " + quoted(constants);
                }
                return null;
            case "array":
                return arrayMismatch(schema, value, path, where);
            case "object":
                return objectMismatch(schema, value, path, where);
            default:
                return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static String arrayMismatch(Map<String, Object> schema, Object value, String path, String where) {
        if (!(value instanceof List<?> items)) {
            return "expected an array" + where + ", got " + describe(value);
        }
        if (schema.get("items") instanceof Map<?, ?> itemSchema) {
            for (int i = 0; i < items.size(); i++) {
                String problem = mismatch((Map<String, Object>) itemSchema, items.get(i), path + "[" + i + "]");
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static String objectMismatch(Map<String, Object> schema, Object value, String path, String where) {
        if (!(value instanceof Map<?, ?> members)) {
            return "expected an object" + where + ", got " + describe(value);
        }
        Map<String, Object> properties = schema.get("properties") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
        for (Map.Entry<?, ?> member : members.entrySet()) {
            String name = member.getKey().toString();
            String memberPath = path.isEmpty() ? name : path + "." + name;
            Object memberSchema = properties.containsKey(name) ? properties.get(name) : schema.get("additionalProperties");
            if (Boolean.FALSE.equals(memberSchema)) {
                return "unknown property \"" + memberPath + "\"; known: " + properties.keySet();
            }
            if (memberSchema instanceof Map<?, ?> ms) {
                String problem = mismatch((Map<String, Object>) ms, member.getValue(), memberPath);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private static String describe(Object value) {
        if (value instanceof String) {
            return "a string";
        } else if (value instanceof BigDecimal n) {
            return "the number " + n;
        } else if (value instanceof Boolean) {
            return value.toString();
        } else if (value instanceof List) {
            return "an array";
        }
        return "an object";
    }

    private static String quoted(List<?> constants) {
        StringBuilder out = new StringBuilder();
        for (Object constant : constants) {
            out.append(out.length() == 0 ? "" : ", ").append('"').append(constant).append('"');
        }
        return out.toString();
    }
}
