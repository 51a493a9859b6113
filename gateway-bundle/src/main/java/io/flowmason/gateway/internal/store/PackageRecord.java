package io.flowmason.gateway.internal.store;

import java.time.Instant;

/** A row of the {@code package} table. */
public record PackageRecord(
        String name,
        String version,
        String bundleSymbolicName,
        String sha256,
        PackageSource source,
        boolean core,
        boolean active,
        Instant deployedAt,
        String deployedBy) {
}
