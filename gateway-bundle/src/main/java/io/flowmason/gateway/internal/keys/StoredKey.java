package io.flowmason.gateway.internal.keys;

import java.time.Instant;
import java.util.Set;

/** One row of {@code api_key}: never the raw key, only its hash and display prefix. */
record StoredKey(String id, String name, String prefix, String hash, Set<Permission> permissions, Set<String> pipelines,
        Instant expiresAt, Integer rateLimitPerMinute, Integer rateLimitPerHour, Instant createdAt, Instant lastUsedAt,
        Instant revokedAt, KeyBudget budget) {

    /** Whether the key may be used at {@code now}. */
    enum State { VALID, REVOKED, EXPIRED }

    State state(Instant now) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return expiresAt != null && !now.isBefore(expiresAt) ? State.EXPIRED : State.VALID;
    }

    StoredKey revoked(Instant at) {
        return new StoredKey(id, name, prefix, hash, permissions, pipelines, expiresAt, rateLimitPerMinute, rateLimitPerHour,
                createdAt, lastUsedAt, at, budget);
    }

    KeyIdentity identity() {
        return new KeyIdentity(id, name, permissions, pipelines, rateLimitPerMinute, rateLimitPerHour, budget);
    }
}
