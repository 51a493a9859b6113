package io.flowmason.gateway.internal.keys;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who made a request, as the authentication filter established it: the owner, or an API key with
 * its id, name, permissions, the pipelines it may run (empty: every one) and its own rate limits
 * (null: the instance's defaults). Read it with {@link RequestKey}.
 */
public record KeyIdentity(String id, String name, Set<Permission> permissions, Set<String> pipelines,
        Integer rateLimitPerMinute, Integer rateLimitPerHour, KeyBudget budget) {

    /** The id under which the owner key acts. */
    public static final String OWNER_ID = "owner";

    /** The owner key: every permission, every pipeline, no rate limit. */
    public static final KeyIdentity OWNER = new KeyIdentity(OWNER_ID, "owner", EnumSet.allOf(Permission.class), Set.of(), null, null,
            KeyBudget.NONE);

    public KeyIdentity {
        permissions = permissions == null || permissions.isEmpty() ? Set.of() : Set.copyOf(permissions);
        pipelines = pipelines == null ? Set.of() : Set.copyOf(pipelines);
        budget = budget == null ? KeyBudget.NONE : budget;
    }

    /** True for the owner key, which is not rate limited. */
    public boolean owner() {
        return OWNER_ID.equals(id);
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    /** Whether this key may run the pipeline: true unless it lists pipelines and this one is not among them. */
    public boolean mayRun(String pipelineId) {
        return pipelines.isEmpty() || pipelines.contains(pipelineId);
    }
}
