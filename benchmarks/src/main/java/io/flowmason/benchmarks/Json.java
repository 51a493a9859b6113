package io.flowmason.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the JSON trees (maps in insertion order) the executor takes. */
final class Json {

    private Json() {
    }

    /** A map of alternating keys and values. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** {@code {"type": type}} with further keywords. */
    static Map<String, Object> schema(String type, Object... keywordsAndValues) {
        Map<String, Object> schema = object(keywordsAndValues);
        Map<String, Object> typed = object("type", type);
        typed.putAll(schema);
        return typed;
    }
}
