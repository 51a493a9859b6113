package io.flowmason.gateway.internal.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a pipeline's JSON Schema (draft 2020-12) into an OpenAPI 3.0 schema object: type lists
 * with {@code "null"} become {@code nullable}, {@code const} a one-value {@code enum}, numeric
 * {@code exclusiveMinimum}/{@code exclusiveMaximum} the 3.0 boolean form, {@code examples} one
 * {@code example}; {@code $defs} move to {@code components.schemas} (named with a prefix) and
 * their {@code $ref}s follow. Keywords 3.0 does not know are dropped, {@code x-} extensions kept.
 */
final class SchemaConverter {

    private static final Set<String> KEPT = Set.of("title", "description", "format", "default", "multipleOf", "maximum",
            "minimum", "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxProperties",
            "minProperties", "enum", "readOnly", "writeOnly", "deprecated", "example", "nullable", "discriminator",
            "externalDocs", "xml");
    private static final Set<String> SUBSCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf");
    private static final String COMPONENTS = "#/components/schemas/";

    private final String prefix;
    private final Map<String, Object> hoisted;

    /**
     * @param prefix  put before the name of each {@code $defs} entry moved to the components
     * @param hoisted receives those entries, already converted, by their component name
     */
    SchemaConverter(String prefix, Map<String, Object> hoisted) {
        this.prefix = prefix;
        this.hoisted = hoisted;
    }

    /** The OpenAPI 3.0 form of {@code schema}; an absent or unreadable schema allows any value. */
    Map<String, Object> convert(Object schema) {
        if (Boolean.FALSE.equals(schema)) {
            return Maps.obj("not", Map.of());
        }
        if (!(schema instanceof Map<?, ?> source)) {
            return new LinkedHashMap<>();
        }
        hoistDefinitions(source.get("$defs"));
        hoistDefinitions(source.get("definitions"));
        Map<String, Object> target = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : source.entrySet()) {
            String key = String.valueOf(entry.getKey());
            Object value = entry.getValue();
            if (key.startsWith("x-") || KEPT.contains(key)) {
                target.put(key, value);
            } else {
                convertKeyword(key, value, target);
            }
        }
        return finish(target);
    }

    private void convertKeyword(String key, Object value, Map<String, Object> target) {
        switch (key) {
            case "type" -> type(value, target);
            case "const" -> target.put("enum", nullableList(value));
            case "examples" -> {
                if (value instanceof List<?> list && !list.isEmpty()) {
                    target.putIfAbsent("example", list.get(0));
                }
            }
            case "exclusiveMinimum", "exclusiveMaximum" -> exclusive(key, value, target);
            case "required" -> {
                if (value instanceof List<?> list && !list.isEmpty()) {
                    target.put("required", List.copyOf(list));
                }
            }
            case "properties" -> {
                if (value instanceof Map<?, ?> properties) {
                    Map<String, Object> converted = new LinkedHashMap<>();
                    properties.forEach((name, property) -> converted.put(String.valueOf(name), convert(property)));
                    target.put("properties", converted);
                }
            }
            case "items" -> target.put("items", convert(value));
            case "additionalProperties" -> target.put("additionalProperties",
                    value instanceof Boolean flag ? flag : convert(value));
            case "not" -> target.put("not", convert(value));
            case "$ref" -> ref(value, target);
            default -> {
                if (SUBSCHEMA_LISTS.contains(key) && value instanceof List<?> list && !list.isEmpty()) {
                    target.put(key, list.stream().map(this::convert).toList());
                }
                // $schema, $id, $defs, $comment, if/then/else, prefixItems, patternProperties, ...: not in 3.0
            }
        }
    }

    private static void type(Object value, Map<String, Object> target) {
        if (value instanceof String single) {
            if ("null".equals(single)) {
                target.put("nullable", true);
                target.put("enum", nullableList(null));
            } else {
                target.put("type", single);
            }
            return;
        }
        if (!(value instanceof List<?> types)) {
            return;
        }
        List<String> concrete = types.stream().map(String::valueOf).filter(t -> !"null".equals(t)).toList();
        if (concrete.size() < types.size()) {
            target.put("nullable", true);
        }
        if (concrete.size() == 1) {
            target.put("type", concrete.get(0));
        } else if (concrete.size() > 1) {
            target.put("oneOf", concrete.stream().map(t -> finish(Maps.obj("type", t))).toList());
        }
    }

    private static void exclusive(String key, Object value, Map<String, Object> target) {
        if (value instanceof Number bound) {
            target.put("exclusiveMinimum".equals(key) ? "minimum" : "maximum", bound);
            target.put(key, true);
        } else if (value instanceof Boolean flag) {
            target.put(key, flag);
        }
    }

    private void ref(Object value, Map<String, Object> target) {
        String ref = String.valueOf(value);
        for (String local : List.of("#/$defs/", "#/definitions/")) {
            if (ref.startsWith(local)) {
                target.put("$ref", COMPONENTS + prefix + ref.substring(local.length()));
                return;
            }
        }
        target.put("description", "Refers to " + ref + ", which this document does not resolve.");
    }

    private void hoistDefinitions(Object definitions) {
        if (definitions instanceof Map<?, ?> named) {
            named.forEach((name, schema) -> hoisted.put(prefix + name, convert(schema)));
        }
    }

    /** What OpenAPI 3.0 needs besides: an array names its items; a {@code $ref} stands alone; a null in an enum makes it nullable. */
    private static Map<String, Object> finish(Map<String, Object> schema) {
        if ("array".equals(schema.get("type")) && !schema.containsKey("items")) {
            schema.put("items", new LinkedHashMap<>());
        }
        if (schema.get("enum") instanceof List<?> values && values.contains(null)) {
            schema.put("nullable", true);
        }
        if (schema.containsKey("$ref") && schema.size() > 1) {
            List<Object> all = new ArrayList<>();
            all.add(Maps.obj("$ref", schema.remove("$ref")));
            if (schema.get("allOf") instanceof List<?> others) {
                all.addAll(others);
            }
            schema.put("allOf", all);
        }
        return schema;
    }

    private static List<Object> nullableList(Object value) {
        List<Object> list = new ArrayList<>(1);
        list.add(value);
        return list;
    }
}
