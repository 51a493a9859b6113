package io.flowmason.gateway.internal.keys;

import io.flowmason.gateway.internal.ApiError;
import java.util.Optional;
import java.util.TreeSet;

/** Decides whether an authenticated key may make a request; the refusal says what is missing and how to get it. */
public final class Authorization {

    private Authorization() {
    }

    /** Empty when {@code key} may make the request; else the 403 {@code forbidden} error to answer with. */
    public static Optional<ApiError> refusal(KeyIdentity key, String method, String path) {
        if (key.owner()) {
            return Optional.empty();
        }
        AccessRules.Need need = AccessRules.needed(method, path);
        String request = method + " /" + path;
        if (need.ownerOnly()) {
            return Optional.of(forbidden("Only the owner key may call " + request + "; the key '" + key.name() + "' is not it.",
                    "Use the owner key (FLOWMASON_ADMIN_KEY or <data>/admin.key) for this request."));
        }
        if (!key.has(need.permission())) {
            return Optional.of(forbidden("The key '" + key.name() + "' lacks the permission " + need.permission().id()
                            + " that " + request + " needs.",
                    "Create a key with '" + need.permission().id() + "' (POST /api/keys with the owner key or a keys:admin"
                            + " key), or use one that has it."));
        }
        if (need.pipelineId() != null && !key.mayRun(need.pipelineId())) {
            return Optional.of(forbidden("The key '" + key.name() + "' may run only the pipelines "
                            + String.join(", ", new TreeSet<>(key.pipelines())) + ", not '" + need.pipelineId() + "'.",
                    "Create a key whose 'pipelines' include '" + need.pipelineId() + "', or one without a pipeline list."));
        }
        return Optional.empty();
    }

    private static ApiError forbidden(String message, String suggestion) {
        return ApiError.of("forbidden", message, suggestion);
    }
}
