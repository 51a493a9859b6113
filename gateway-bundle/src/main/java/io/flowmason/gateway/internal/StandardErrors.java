package io.flowmason.gateway.internal;

/**
 * The JSON error for a failure the HTTP layer itself detected (no such path, wrong method, a body
 * it cannot read), so that such answers say as much as the ones our resources produce.
 */
final class StandardErrors {

    private StandardErrors() {
    }

    static ApiError forStatus(int status, String method, String path) {
        String target = method + " /" + stripLeadingSlash(path);
        return switch (status) {
            case 400 -> ApiError.of("bad_request", "The request to " + target + " could not be read.",
                    "Check the request body and parameters against the API reference.");
            case 404 -> ApiError.of("not_found", "There is no API resource at " + target + ".",
                    "Check the path for typos; GET /api/health answers without a key.");
            case 405 -> ApiError.of("method_not_allowed", "The method " + method + " is not allowed on /"
                    + stripLeadingSlash(path) + ".", "See the Allow header of this answer for the methods it accepts.");
            case 406 -> ApiError.of("not_acceptable", "Cannot answer " + target + " in any media type the Accept header allows.",
                    "Send Accept: application/json or leave the header out.");
            case 413 -> ApiError.of("payload_too_large", "The request body sent to " + target + " is too large.",
                    "Send a smaller body.");
            case 415 -> ApiError.of("unsupported_media_type", "The Content-Type of the request to " + target
                    + " is not supported.", "Send the body as application/json with Content-Type: application/json.");
            default -> status >= 500
                    ? internal()
                    : ApiError.of("http_" + status, "The request to " + target + " failed with HTTP status " + status + ".",
                            "Check the request against the API reference.");
        };
    }

    static ApiError internal() {
        return ApiError.of("internal_error", "The instance failed to handle this request.",
                "Try again; if it keeps failing, the instance log has the cause.");
    }

    static ApiError invalidJson(String detail) {
        return ApiError.of("invalid_json", "The request body is not valid JSON: " + detail,
                "Send a well-formed JSON document with Content-Type: application/json.");
    }

    private static String stripLeadingSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
