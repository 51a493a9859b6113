package io.flowmason.benchmarks;

import io.flowmason.executor.internal.mapping.Scope;
import java.util.Map;

/** What templates read, held in maps: the pipeline input, finished stages' outputs, environment and run facts. */
record FixedScope(Object input, Map<String, Object> upstreamOutputs, Map<String, String> environment,
        Map<String, Object> facts) implements Scope {

    @Override
    public Object upstream(String stageId) {
        return upstreamOutputs.get(stageId);
    }

    @Override
    public String env(String name) {
        return environment.get(name);
    }

    @Override
    public Object context(String key) {
        return facts.get(key);
    }
}
