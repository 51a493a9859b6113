package io.flowmason.gateway.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.gateway.internal.ApiError;
import java.nio.ByteBuffer;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error handler for the whole server: writes the API's JSON error shape, whatever the
 * request's Accept header, for every error Jetty answers itself (a request it cannot parse, a URI
 * it refuses, headers too large) and for an error status a servlet sends without a body.
 */
final class JsonErrorHandler implements Request.Handler {

    /** What a servlet's {@code sendError} leaves on the request (jakarta.servlet.RequestDispatcher.ERROR_MESSAGE). */
    private static final String SERVLET_ERROR_MESSAGE = "jakarta.servlet.error.message";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws JsonProcessingException {
        int status = response.getStatus() >= 400 ? response.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR_500;
        ApiError error = EdgeErrors.of(status, reason(request), uriViolations(request));
        byte[] body = JSON.writeValueAsBytes(error);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /** What is wrong with the request's URI (such as an ambiguous segment), or null when nothing is. */
    private static String uriViolations(Request request) {
        HttpURI uri = request.getHttpURI();
        return uri != null && uri.hasViolations()
                ? uri.getViolations().stream().map(UriCompliance.Violation::getDescription).sorted().collect(Collectors.joining("; "))
                : null;
    }

    private static String reason(Request request) {
        Object message = request.getAttribute(ErrorHandler.ERROR_MESSAGE);
        if (message == null) {
            message = request.getAttribute(SERVLET_ERROR_MESSAGE);
        }
        return message == null ? null : message.toString();
    }
}
