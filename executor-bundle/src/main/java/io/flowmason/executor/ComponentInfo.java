package io.flowmason.executor;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Version;

/**
 * One deployed version of one component type, as the registry knows it. A component's version is
 * the version of the package (bundle) that carries it. Schemas are JSON-shaped maps.
 *
 * @param available whether it can run now (its bundle is active and its service registered)
 * @param loadError null when available, else what keeps it from running and what to do about it
 */
public record ComponentInfo(
        String type,
        Version version,
        ComponentKind kind,
        String category,
        String description,
        String implementationClass,
        String packageName,
        String bundleSymbolicName,
        long bundleId,
        Map<String, Object> inputSchema,
        Map<String, Object> outputSchema,
        List<String> recommendedProviders,
        List<String> requiredCapabilities,
        boolean core,
        boolean available,
        String loadError,
        Instant deployedAt) {
}
