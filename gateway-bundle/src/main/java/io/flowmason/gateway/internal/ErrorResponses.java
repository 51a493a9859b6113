package io.flowmason.gateway.internal;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds JSON error answers, so every failure has the same shape whatever produced it. */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static Response json(Response.StatusType status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }

    static Response json(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
