package io.flowmason.gateway.internal.keys;

import java.time.Instant;
import java.util.Set;

/** What {@code POST /api/keys} asked for, validated. Empty {@code pipelines}: every pipeline. */
record NewKey(String name, Set<Permission> permissions, Set<String> pipelines, Instant expiresAt, Integer rateLimitPerMinute,
        Integer rateLimitPerHour, KeyBudget budget) {
}
