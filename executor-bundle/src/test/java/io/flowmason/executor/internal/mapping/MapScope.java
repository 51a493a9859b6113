package io.flowmason.executor.internal.mapping;

import java.util.HashMap;
import java.util.Map;

/** A scope filled in by the test: input, stage outputs, environment, context and extra roots. */
final class MapScope implements Scope {

    private Object input;
    private final Map<String, Object> upstream = new HashMap<>();
    private final Map<String, String> env = new HashMap<>();
    private final Map<String, Object> context = new HashMap<>();
    private final Map<String, Object> extra = new HashMap<>();

    MapScope input(Object value) {
        input = value;
        return this;
    }

    MapScope upstream(String stageId, Object output) {
        upstream.put(stageId, output);
        return this;
    }

    MapScope env(String name, String value) {
        env.put(name, value);
        return this;
    }

    MapScope context(String key, Object value) {
        context.put(key, value);
        return this;
    }

    MapScope extra(String root, Object value) {
        extra.put(root, value);
        return this;
    }

    @Override
    public Object input() {
        return input;
    }

    @Override
    public Object upstream(String stageId) {
        return upstream.get(stageId);
    }

    @Override
    public String env(String name) {
        return env.get(name);
    }

    @Override
    public Object context(String key) {
        return context.get(key);
    }

    @Override
    public Object extra(String root) {
        return extra.get(root);
    }
}
