package io.flowmason.executor.internal.providers;

import io.flowmason.api.provider.LlmProvider;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The LLM providers deployed on the instance, by the name stages give in {@code provider}. */
@Component(service = ProviderRegistry.class)
public class ProviderRegistry {

    private final Map<String, LlmProvider> byName = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(LlmProvider provider, Map<String, Object> properties) {
        byName.put(nameOf(provider, properties), provider);
    }

    void removeProvider(LlmProvider provider, Map<String, Object> properties) {
        byName.remove(nameOf(provider, properties), provider);
    }

    public Optional<LlmProvider> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Set<String> names() {
        return new TreeSet<>(byName.keySet());
    }

    private static String nameOf(LlmProvider provider, Map<String, Object> properties) {
        Object name = properties.get(LlmProvider.NAME_PROPERTY);
        return name == null ? provider.name() : name.toString();
    }
}
