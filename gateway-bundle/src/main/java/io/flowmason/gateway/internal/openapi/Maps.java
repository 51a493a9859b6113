package io.flowmason.gateway.internal.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

/** Ordered JSON objects written inline: {@code obj("type", "string", "format", "uri")}. Null values are left out. */
final class Maps {

    private Maps() {
    }

    static Map<String, Object> obj(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }
}
