package io.flowmason.gateway.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every exception that reaches Jersey into the JSON error shape: our own {@link ApiException},
 * Jersey's own 404/405/415, unreadable JSON, and anything unexpected (500, logged here, never a
 * stack trace in the answer).
 */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("flowmason.errors")
@JSONRequired
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionMapper.class);

    @Context
    UriInfo uriInfo;

    @Context
    Request request;

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof ApiException api) {
            return ErrorResponses.json(api.status(), api.error());
        }
        if (failure instanceof JsonProcessingException json) {
            return ErrorResponses.json(400, StandardErrors.invalidJson(json.getOriginalMessage()));
        }
        if (failure instanceof WebApplicationException web) {
            return fromWebApplicationException(web);
        }
        LOG.error("Unhandled failure on {} /{}", method(), path(), failure);
        return ErrorResponses.json(500, StandardErrors.internal());
    }

    private Response fromWebApplicationException(WebApplicationException web) {
        Response original = web.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            LOG.error("Server error on {} /{}", method(), path(), web);
        }
        Response.ResponseBuilder answer = Response.fromResponse(ErrorResponses.json(status,
                StandardErrors.forStatus(status, method(), path())));
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }

    private String method() {
        try {
            return request.getMethod();
        } catch (IllegalStateException outsideRequest) {
            return "?";
        }
    }

    private String path() {
        try {
            return uriInfo.getPath();
        } catch (IllegalStateException outsideRequest) {
            return "?";
        }
    }
}
