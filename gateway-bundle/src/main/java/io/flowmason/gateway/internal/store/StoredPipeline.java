package io.flowmason.gateway.internal.store;

import java.time.Instant;

/** A row of the {@code pipeline} table: a pipeline's editable draft. */
public record StoredPipeline(String id, String name, String definitionJson, Instant createdAt, Instant updatedAt) {
}
