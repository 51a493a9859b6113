package io.flowmason.executor.internal.registry;

import io.flowmason.executor.ComponentKind;
import java.util.List;
import java.util.Map;

/** One component as a package's build-time descriptor ({@code OSGI-INF/flowmason/components.json}) describes it. */
public record ComponentDescriptor(
        String type,
        ComponentKind kind,
        String implementationClass,
        String category,
        String description,
        List<String> recommendedProviders,
        List<String> requiredCapabilities,
        Map<String, Object> inputSchema,
        Map<String, Object> outputSchema) {
}
