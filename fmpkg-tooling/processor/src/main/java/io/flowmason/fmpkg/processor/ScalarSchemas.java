package io.flowmason.fmpkg.processor;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Schemas of the value types that map onto one JSON scalar (or onto any JSON value, for Object). */
final class ScalarSchemas {

    private static final Map<String, Map<String, Object>> BY_CLASS = new HashMap<>();

    static {
        for (String name : new String[] {"java.lang.String", "java.lang.CharSequence", "java.lang.Character"}) {
            BY_CLASS.put(name, Map.of("type", "string"));
        }
        for (String name : new String[] {"java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte",
                "java.math.BigInteger", "java.util.OptionalInt", "java.util.OptionalLong"}) {
            BY_CLASS.put(name, Map.of("type", "integer"));
        }
        for (String name : new String[] {"java.lang.Double", "java.lang.Float", "java.math.BigDecimal",
                "java.lang.Number", "java.util.OptionalDouble"}) {
            BY_CLASS.put(name, Map.of("type", "number"));
        }
        BY_CLASS.put("java.lang.Boolean", Map.of("type", "boolean"));
        BY_CLASS.put("java.lang.Object", Map.of());
        formatted("date-time", "java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime",
                "java.time.LocalDateTime");
        formatted("date", "java.time.LocalDate");
        formatted("time", "java.time.LocalTime", "java.time.OffsetTime");
        formatted("duration", "java.time.Duration");
        formatted("uuid", "java.util.UUID");
        formatted("uri", "java.net.URI", "java.net.URL");
    }

    private ScalarSchemas() {
    }

    /** A fresh, modifiable schema for the class, or null when it is no scalar type. */
    static Map<String, Object> of(String qualifiedName) {
        Map<String, Object> schema = BY_CLASS.get(qualifiedName);
        if (schema == null) {
            return null;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        if (schema.containsKey("type")) {
            copy.put("type", schema.get("type"));
        }
        if (schema.containsKey("format")) {
            copy.put("format", schema.get("format"));
        }
        return copy;
    }

    private static void formatted(String format, String... names) {
        for (String name : names) {
            BY_CLASS.put(name, Map.of("type", "string", "format", format));
        }
    }
}
