package io.flowmason.gateway.internal.registry;

import io.flowmason.gateway.internal.ApiException;
import io.flowmason.gateway.internal.packages.PackageRejected;
import jakarta.ws.rs.core.Response;

/** Turns a refused package into the API's JSON error with the same status. */
final class Rejections {

    private Rejections() {
    }

    static ApiException toApi(PackageRejected rejected) {
        return new ApiException(statusOf(rejected.status()), rejected.code(), rejected.getMessage(), rejected.problems(),
                rejected.suggestion());
    }

    /** JAX-RS 3.1 has no constant for 422, so statuses are built from their codes. */
    static Response.StatusType statusOf(int code) {
        Response.Status known = Response.Status.fromStatusCode(code);
        if (known != null) {
            return known;
        }
        return new Response.StatusType() {
            @Override
            public int getStatusCode() {
                return code;
            }

            @Override
            public Response.Status.Family getFamily() {
                return Response.Status.Family.familyOf(code);
            }

            @Override
            public String getReasonPhrase() {
                return code == 422 ? "Unprocessable Content" : "Error";
            }
        };
    }
}
