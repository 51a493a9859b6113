package io.flowmason.gateway.internal;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Thrown by resources to answer with a JSON error of a given status; see {@link ApiExceptionMapper}. */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Response.StatusType status;
    private final ApiError error;

    public ApiException(Response.StatusType status, String code, String message, String suggestion) {
        this(status, code, message, List.of(), suggestion);
    }

    public ApiException(Response.StatusType status, String code, String message, List<?> details, String suggestion) {
        super(message);
        this.status = status;
        this.error = ApiError.of(code, message, details, suggestion);
    }

    public Response.StatusType status() {
        return status;
    }

    public ApiError error() {
        return error;
    }
}
