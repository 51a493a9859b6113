package io.flowmason.gateway.internal.http;

import io.flowmason.gateway.internal.ApiError;
import java.util.Locale;

/**
 * The JSON error for a request the HTTP server refused before any resource saw it (a request line,
 * URI or headers it cannot accept), or for an error status a servlet answered without a body of its
 * own. Jetty's reason phrase says what it found; it is kept in the message, never a stack trace.
 */
final class EdgeErrors {

    private static final int MAX_REASON = 200;

    private EdgeErrors() {
    }

    /**
     * @param reason        Jetty's description of the failure, or null
     * @param uriViolations what Jetty found wrong with the request's URI, or null when nothing
     */
    static ApiError of(int status, String reason, String uriViolations) {
        if (status == 400 && uriViolations != null) {
            return invalidUri(describe(status, uriViolations));
        }
        String found = describe(status, reason);
        return switch (status) {
            case 400 -> badRequest(found, reason == null ? "" : reason.toLowerCase(Locale.ROOT));
            case 404 -> ApiError.of("not_found", "There is nothing at this path.",
                    "Check the path for typos; the API is under /api (GET /api/health answers without a key).");
            case 405 -> ApiError.of("method_not_allowed", "The method is not allowed here: " + found,
                    "Use one of the methods the API reference gives for this path.");
            case 408 -> ApiError.of("request_timeout", "The request did not arrive in time: " + found,
                    "Send the whole request without long pauses.");
            case 413 -> ApiError.of("request_too_large", "The request is too large: " + found,
                    "Send less, or raise FLOWMASON_MAX_BODY_BYTES on the instance.");
            case 414 -> ApiError.of("uri_too_long", "The request URI is longer than the instance accepts.",
                    "Shorten the URI: send large inputs in a request body rather than in the query string.");
            case 431 -> ApiError.of("headers_too_large", "The request headers are larger than the instance accepts.",
                    "Send fewer or smaller headers (cookies count too).");
            case 505 -> ApiError.of("http_version_not_supported", "The HTTP version of the request is not supported: " + found,
                    "Send HTTP/1.1 (or HTTP/1.0).");
            default -> status >= 500
                    ? ApiError.of("internal_error", "The instance failed to handle this request.",
                            "Try again; if it keeps failing, the instance log has the cause.")
                    : ApiError.of("http_" + status, "The request failed with HTTP status " + status + ": " + found,
                            "Check the request against the API reference.");
        };
    }

    private static ApiError badRequest(String found, String reason) {
        if (reason.contains("uri") || reason.contains("path") || reason.contains("segment")) {
            return invalidUri(found);
        }
        if (reason.contains("host")) {
            return ApiError.of("invalid_host", "The Host header cannot be accepted: " + found,
                    "Send one Host header with a host name or address and an optional numeric port, as in"
                            + " Host: localhost:8080.");
        }
        return ApiError.of("bad_request", "The request cannot be read as HTTP: " + found,
                "Check the request line (a percent-encoded URI without %00 or '..' segments, then HTTP/1.1) and the"
                        + " headers (one per line, names without spaces).");
    }

    private static ApiError invalidUri(String found) {
        return ApiError.of("invalid_uri", "The request URI cannot be accepted: " + found,
                "Percent-encode the path; '..' segments (also as %2e%2e), encoded slashes, control characters and %00"
                        + " are refused.");
    }

    private static String describe(int status, String reason) {
        String text = reason == null || reason.isBlank() ? "HTTP status " + status : reason.strip();
        text = text.length() > MAX_REASON ? text.substring(0, MAX_REASON) + "..." : text;
        return text.endsWith(".") ? text : text + ".";
    }
}
