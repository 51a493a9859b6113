package io.flowmason.gateway.internal.store;

import java.time.Instant;

/** One row of {@code audit_log}; {@code details} is the JSON text recorded with it. */
public record AuditEntry(long id, Instant at, String keyId, String action, String target, String details) {
}
