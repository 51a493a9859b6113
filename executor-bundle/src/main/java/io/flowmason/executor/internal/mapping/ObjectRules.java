package io.flowmason.executor.internal.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The defaults and required fields of an object schema, and of the object properties nested in
 * it, precomputed so that filling in a stage input only touches fields that have a rule.
 * Absent and null values both count as missing, unless the field's type allows null and the key is
 * present.
 */
final class ObjectRules {

    /** Schemas are trees; this only guards against absurdly deep ones. */
    private static final int MAX_DEPTH = 32;

    private final String[] defaultNames;
    private final Object[] defaultValues;
    private final String[] requiredNames;
    private final String[] requiredExpected;
    private final boolean[] requiredNullable;
    private final String[] nestedNames;
    private final ObjectRules[] nested;

    private ObjectRules(List<String> defaultNames, List<Object> defaultValues, List<Map<String, Object>> required,
            List<String> requiredNames, List<String> nestedNames, List<ObjectRules> nested) {
        this.defaultNames = defaultNames.toArray(new String[0]);
        this.defaultValues = defaultValues.toArray();
        this.requiredNames = requiredNames.toArray(new String[0]);
        this.requiredExpected = required.stream().map(Schemas::describe).toArray(String[]::new);
        this.requiredNullable = new boolean[required.size()];
        for (int i = 0; i < requiredNullable.length; i++) {
            requiredNullable[i] = Schemas.types(required.get(i)).contains("null");
        }
        this.nestedNames = nestedNames.toArray(new String[0]);
        this.nested = nested.toArray(new ObjectRules[0]);
    }

    /** The rules of an object schema, or null when it (and everything in it) has none. */
    static ObjectRules of(Map<String, Object> schema) {
        return of(schema, 0);
    }

    private static ObjectRules of(Map<String, Object> schema, int depth) {
        Map<String, Object> properties = Schemas.properties(schema);
        if (depth > MAX_DEPTH || properties == null && Schemas.required(schema).isEmpty()) {
            return null;
        }
        List<String> defaultNames = new ArrayList<>();
        List<Object> defaultValues = new ArrayList<>();
        List<String> nestedNames = new ArrayList<>();
        List<ObjectRules> nested = new ArrayList<>();
        if (properties != null) {
            for (Map.Entry<String, Object> property : properties.entrySet()) {
                Map<String, Object> propertySchema = Schemas.asMap(property.getValue());
                if (propertySchema == null) {
                    continue;
                }
                if (propertySchema.containsKey("default")) {
                    defaultNames.add(property.getKey());
                    defaultValues.add(ValueTemplate.freeze(propertySchema.get("default")));
                }
                ObjectRules inner = of(propertySchema, depth + 1);
                if (inner != null) {
                    nestedNames.add(property.getKey());
                    nested.add(inner);
                }
            }
        }
        List<String> requiredNames = Schemas.required(schema);
        List<Map<String, Object>> required = new ArrayList<>();
        for (String name : requiredNames) {
            required.add(Schemas.member(schema, name));
        }
        if (defaultNames.isEmpty() && requiredNames.isEmpty() && nested.isEmpty()) {
            return null;
        }
        return new ObjectRules(defaultNames, defaultValues, required, requiredNames, nestedNames, nested);
    }

    /**
     * Fills in defaults and checks required fields, here and in nested objects that are present.
     *
     * @param owned  true when the object may be changed in place; otherwise a copy is made if anything changes
     * @param path   the object's field path in the stage input, empty for the input itself
     * @param origin for a missing top-level field, where its value should have come from (or null)
     * @return the object, or its changed copy
     */
    Map<String, Object> apply(Map<String, Object> object, boolean owned, String stageId, String path,
            Map<String, String> origin) throws MappingException {
        Map<String, Object> result = object;
        for (int i = 0; i < defaultNames.length; i++) {
            if (result.get(defaultNames[i]) == null) {
                result = writable(result, owned, object);
                result.put(defaultNames[i], defaultValues[i]);
            }
        }
        for (int i = 0; i < nestedNames.length; i++) {
            Object value = result.get(nestedNames[i]);
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> filled = nested[i].apply(Schemas.asMap(map), false, stageId,
                        join(path, nestedNames[i]), Map.of());
                if (filled != value) {
                    result = writable(result, owned, object);
                    result.put(nestedNames[i], filled);
                }
            }
        }
        for (int i = 0; i < requiredNames.length; i++) {
            String name = requiredNames[i];
            if (result.get(name) == null && !(requiredNullable[i] && result.containsKey(name))) {
                throw MappingException.missing(stageId, join(path, name), requiredExpected[i], origin.get(name));
            }
        }
        return result;
    }

    private static Map<String, Object> writable(Map<String, Object> current, boolean owned, Map<String, Object> original) {
        return owned || current != original ? current : new LinkedHashMap<>(original);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
