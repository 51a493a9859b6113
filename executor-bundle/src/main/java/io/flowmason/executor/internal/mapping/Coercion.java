package io.flowmason.executor.internal.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts a JSON value to the type its schema asks for, recursively into object members and array
 * items: digits in a string become an integer, "true" a boolean, a number its text, a JSON string an
 * object or array. A value that already has the type is returned as it is (the same instance, when
 * nothing inside it changes); a changed object or array is a new one, the original is never
 * modified. Null passes through: whether a value must be present is checked elsewhere.
 */
public final class Coercion {

    /** Beyond this many digits an "integer" is refused rather than built, e.g. from "1e999999999". */
    private static final int MAX_DIGITS = 1000;

    private Coercion() {
    }

    /**
     * @param schema a JSON Schema; with no {@code type} the value is returned unchanged
     * @throws CoercionException saying which (possibly nested) value is not of which type
     */
    public static Object coerce(Object value, Map<String, Object> schema) throws CoercionException {
        if (value == null || schema == null) {
            return value;
        }
        Object type = schema.get("type");
        if (type instanceof String single) {
            return to(value, single, schema);
        }
        if (type instanceof List<?> types) {
            return toOneOf(value, types, schema);
        }
        return value;
    }

    /**
     * Whether a value of the source type may convert to the target schema's type, for checks made
     * when a pipeline is saved: string to integer is possible (the string may hold digits), object
     * to integer never is. Null or unknown types on either side are taken as possible.
     */
    public static boolean coercible(String sourceType, Map<String, Object> targetSchema) {
        List<String> targets = Schemas.types(targetSchema);
        if (sourceType == null || targets.isEmpty() || "null".equals(sourceType)) {
            return true;
        }
        for (String target : targets) {
            if (convertible(sourceType, target)) {
                return true;
            }
        }
        return false;
    }

    private static boolean convertible(String source, String target) {
        List<String> sources = switch (target) {
            case "string" -> null;
            case "integer", "number" -> List.of("integer", "number", "string");
            case "boolean" -> List.of("boolean", "string");
            case "object" -> List.of("object", "string");
            case "array" -> List.of("array", "string");
            case "null" -> List.of();
            default -> null;
        };
        List<String> known = List.of("string", "integer", "number", "boolean", "object", "array");
        return sources == null || !known.contains(source) || sources.contains(source);
    }

    /**
     * Tries each type in order; the first that works wins. When all fail and the value already had
     * one of the types, that type's (nested) failure is the one reported.
     */
    private static Object toOneOf(Object value, List<?> types, Map<String, Object> schema) throws CoercionException {
        CoercionException ownTypeFailure = null;
        List<String> tried = new ArrayList<>();
        for (Object type : types) {
            if (type instanceof String name) {
                tried.add(name);
                try {
                    return to(value, name, schema);
                } catch (CoercionException e) {
                    if (ownTypeFailure == null && hasType(value, name)) {
                        ownTypeFailure = e;
                    }
                }
            }
        }
        if (ownTypeFailure != null) {
            throw ownTypeFailure;
        }
        throw new CoercionException(value, tried, "", null);
    }

    private static boolean hasType(Object value, String type) {
        String own = Json.typeOf(value);
        return own.equals(type) || "number".equals(type) && "integer".equals(own);
    }

    private static Object to(Object value, String type, Map<String, Object> schema) throws CoercionException {
        return switch (type) {
            case "integer" -> integer(value);
            case "number" -> number(value);
            case "boolean" -> bool(value);
            case "string" -> string(value);
            case "object" -> object(value, schema);
            case "array" -> array(value, schema);
            case "null" -> throw failure(value, type, null);
            default -> value;
        };
    }

    private static Object integer(Object value) throws CoercionException {
        if (Json.isIntegral(value)) {
            return value;
        }
        Object integer = null;
        if (value instanceof BigDecimal decimal) {
            integer = integral(decimal);
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isFinite(number) && number == Math.rint(number)) {
                integer = integral(BigDecimal.valueOf(number));
            }
        } else if (value instanceof String text) {
            BigDecimal decimal = decimal(text);
            integer = decimal == null ? null : integral(decimal);
        }
        if (integer == null) {
            throw failure(value, "integer", null);
        }
        return integer;
    }

    private static Object number(Object value) throws CoercionException {
        if (value instanceof Number) {
            return value;
        }
        if (value instanceof String text) {
            BigDecimal decimal = decimal(text);
            if (decimal != null) {
                if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
                    Object integer = integral(decimal);
                    if (integer != null) {
                        return integer;
                    }
                } else if (Double.isFinite(decimal.doubleValue())) {
                    return decimal.doubleValue();
                }
            }
        }
        throw failure(value, "number", null);
    }

    private static Object bool(Object value) throws CoercionException {
        if (value instanceof Boolean) {
            return value;
        }
        if (value instanceof String text) {
            String word = text.strip();
            if (word.equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
            if (word.equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
        }
        throw failure(value, "boolean", null);
    }

    private static Object string(Object value) throws CoercionException {
        if (value instanceof String) {
            return value;
        }
        try {
            return Json.text(value);
        } catch (IllegalArgumentException e) {
            throw failure(value, "string", "it has no JSON form");
        }
    }

    private static Object object(Object value, Map<String, Object> schema) throws CoercionException {
        Object object = value instanceof String text ? parsed(text, "object") : value;
        if (object instanceof Map<?, ?> map) {
            return members(map, schema);
        }
        throw failure(value, "object", null);
    }

    private static Object array(Object value, Map<String, Object> schema) throws CoercionException {
        Object array = value instanceof String text ? parsed(text, "array") : value;
        if (array instanceof List<?> list) {
            return items(list, schema);
        }
        throw failure(value, "array", null);
    }

    private static Object parsed(String text, String type) throws CoercionException {
        Object parsed;
        try {
            parsed = Json.parse(text);
        } catch (JsonProcessingException e) {
            throw failure(text, type, "it is not valid JSON");
        }
        if (!Json.typeOf(parsed).equals(type)) {
            throw failure(text, type, "it holds " + Json.withArticle(Json.typeOf(parsed)));
        }
        return parsed;
    }

    private static Map<?, ?> members(Map<?, ?> map, Map<String, Object> schema) throws CoercionException {
        if (Schemas.properties(schema) == null && !(schema.get("additionalProperties") instanceof Map)) {
            return map;
        }
        Map<String, Object> changed = null;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String name = String.valueOf(entry.getKey());
            Map<String, Object> memberSchema = Schemas.member(schema, name);
            if (memberSchema == null || entry.getValue() == null) {
                continue;
            }
            Object coerced;
            try {
                coerced = coerce(entry.getValue(), memberSchema);
            } catch (CoercionException e) {
                throw e.inMember(name);
            }
            if (coerced != entry.getValue()) {
                if (changed == null) {
                    changed = copy(map);
                }
                changed.put(name, coerced);
            }
        }
        return changed == null ? map : changed;
    }

    private static List<?> items(List<?> list, Map<String, Object> schema) throws CoercionException {
        Map<String, Object> itemSchema = Schemas.items(schema);
        if (itemSchema == null) {
            return list;
        }
        List<Object> changed = null;
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            Object coerced;
            try {
                coerced = coerce(item, itemSchema);
            } catch (CoercionException e) {
                throw e.inItem(i);
            }
            if (coerced != item) {
                if (changed == null) {
                    changed = new ArrayList<>(list);
                }
                changed.set(i, coerced);
            }
        }
        return changed == null ? list : changed;
    }

    private static Map<String, Object> copy(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return copy;
    }

    /** The number a string spells in JSON-like notation ("12", "-1.5", "1e3"), or null. */
    private static BigDecimal decimal(String text) {
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > MAX_DIGITS) {
            return null;
        }
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A Long (or a BigInteger when too large) when the decimal has no fraction, else null. */
    private static Object integral(BigDecimal decimal) {
        if (decimal.signum() == 0) {
            return 0L;
        }
        if (decimal.precision() - decimal.scale() > MAX_DIGITS) {
            return null;
        }
        BigDecimal whole = decimal.stripTrailingZeros();
        if (whole.scale() > 0) {
            return null;
        }
        BigInteger integer = whole.toBigInteger();
        return integer.bitLength() < Long.SIZE ? (Object) integer.longValue() : integer;
    }

    private static CoercionException failure(Object value, String type, String reason) {
        return new CoercionException(value, List.of(type), "", reason);
    }
}
