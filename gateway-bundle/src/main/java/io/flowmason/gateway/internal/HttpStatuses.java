package io.flowmason.gateway.internal;

import jakarta.ws.rs.core.Response;

/** Statuses by code, including those Jakarta REST has no constant for (422 Unprocessable Content). */
public final class HttpStatuses {

    public static final Response.StatusType UNPROCESSABLE = of(422);

    private HttpStatuses() {
    }

    public static Response.StatusType of(int code) {
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
                return code == 422 ? "Unprocessable Content" : code == 429 ? "Too Many Requests" : "Error";
            }
        };
    }
}
