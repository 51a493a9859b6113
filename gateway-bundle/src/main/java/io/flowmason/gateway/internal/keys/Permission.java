package io.flowmason.gateway.internal.keys;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What an API key may do. The owner key holds all of them; every other key holds those it was created with. */
public enum Permission {
    PIPELINES_EXECUTE("pipelines:execute"),
    PIPELINES_READ("pipelines:read"),
    PIPELINES_WRITE("pipelines:write"),
    PACKAGES_DEPLOY("packages:deploy"),
    KEYS_ADMIN("keys:admin");

    private final String id;

    Permission(String id) {
        this.id = id;
    }

    /** The name used in the API, such as {@code pipelines:execute}. */
    public String id() {
        return id;
    }

    public static Optional<Permission> of(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }

    /** Every permission's API name, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Permission::id).toList();
    }
}
