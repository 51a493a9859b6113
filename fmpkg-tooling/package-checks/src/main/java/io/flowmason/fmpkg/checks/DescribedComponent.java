package io.flowmason.fmpkg.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One component as the package's build-time descriptor ({@code OSGI-INF/flowmason/components.json})
 * describes it.
 *
 * @param kind         {@code node} or {@code operator}
 * @param inputSchema  the JSON Schema of its input (a missing node when the descriptor has none)
 * @param outputSchema the JSON Schema of its output (a missing node when the descriptor has none)
 */
public record DescribedComponent(
        String type,
        String kind,
        String implementationClass,
        String category,
        String description,
        List<String> recommendedProviders,
        List<String> requiredCapabilities,
        JsonNode inputSchema,
        JsonNode outputSchema) {
}
