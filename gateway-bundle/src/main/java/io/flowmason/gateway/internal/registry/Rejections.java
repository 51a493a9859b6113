package io.flowmason.gateway.internal.registry;

import io.flowmason.gateway.internal.ApiException;
import io.flowmason.gateway.internal.HttpStatuses;
import io.flowmason.gateway.internal.packages.PackageRejected;
import jakarta.ws.rs.core.Response;

/** Turns a refused package into the API's JSON error with the same status. */
final class Rejections {

    private Rejections() {
    }

    static ApiException toApi(PackageRejected rejected) {
        return new ApiException(HttpStatuses.of(rejected.status()), rejected.code(), rejected.getMessage(), rejected.problems(),
                rejected.suggestion());
    }
}
