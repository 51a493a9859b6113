package io.flowmason.gateway.internal.keys;

import java.util.List;

/**
 * The permission each request needs, from its method and (normalized) path. Anything not in the
 * table, and any path with dot segments, is for the owner key alone.
 */
public final class AccessRules {

    /**
     * What a request needs: a permission (null: the owner key) and, for a run, the pipeline it runs,
     * which a key that lists pipelines must list.
     */
    public record Need(Permission permission, String pipelineId) {

        static final Need OWNER_ONLY = new Need(null, null);

        public boolean ownerOnly() {
            return permission == null;
        }
    }

    private AccessRules() {
    }

    /** The need of {@code method} on {@code path}, a path without leading or trailing slash such as {@code api/runs/r1}. */
    public static Need needed(String method, String path) {
        List<String> segments = List.of(path.split("/"));
        if (segments.size() < 2 || !"api".equals(segments.get(0)) || segments.contains("..") || segments.contains(".")) {
            return Need.OWNER_ONLY;
        }
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        String resource = segments.get(1);
        return switch (resource) {
            case "pipelines" -> {
                if ("POST".equals(method) && segments.size() == 4 && "run".equals(segments.get(3))) {
                    yield new Need(Permission.PIPELINES_EXECUTE, segments.get(2));
                }
                yield need(read ? Permission.PIPELINES_READ : Permission.PIPELINES_WRITE);
            }
            case "runs" -> read ? need(Permission.PIPELINES_READ) : Need.OWNER_ONLY;
            case "registry" -> registry(method, read, segments);
            case "packages" -> need(Permission.PACKAGES_DEPLOY);
            case "keys", "audit" -> need(Permission.KEYS_ADMIN);
            case "usage" -> read ? need(Permission.KEYS_ADMIN) : Need.OWNER_ONLY;
            case "openapi.json", "providers" -> read && segments.size() == 2 ? need(Permission.PIPELINES_READ) : Need.OWNER_ONLY;
            default -> Need.OWNER_ONLY;
        };
    }

    private static Need registry(String method, boolean read, List<String> segments) {
        if (read) {
            return need(Permission.PIPELINES_READ);
        }
        String sub = segments.size() > 2 ? segments.get(2) : "";
        if ("POST".equals(method) && segments.size() == 3 && "deploy".equals(sub)
                || "DELETE".equals(method) && "components".equals(sub)
                || "POST".equals(method) && segments.size() == 6 && "components".equals(sub)
                        && ("disable".equals(segments.get(5)) || "enable".equals(segments.get(5)))) {
            return need(Permission.PACKAGES_DEPLOY);
        }
        return Need.OWNER_ONLY;
    }

    private static Need need(Permission permission) {
        return new Need(permission, null);
    }
}
