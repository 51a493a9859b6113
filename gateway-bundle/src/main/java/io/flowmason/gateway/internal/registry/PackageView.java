package io.flowmason.gateway.internal.registry;

import java.time.Instant;
import java.util.List;

/** A package as API.md shows it: {@code state} is {@code active}, {@code installed} or {@code failed}. */
public record PackageView(
        String name,
        String version,
        String bundleSymbolicName,
        String state,
        String loadError,
        List<String> components,
        String source,
        Instant deployedAt,
        String sha256) {
}
