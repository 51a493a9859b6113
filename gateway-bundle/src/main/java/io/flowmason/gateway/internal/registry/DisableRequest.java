package io.flowmason.gateway.internal.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.gateway.internal.ApiException;
import io.flowmason.gateway.internal.HttpStatuses;
import jakarta.ws.rs.core.Response;

/** Reads the optional body of a disable: {@code {"reason": "..."}}, or nothing. */
final class DisableRequest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REASON = 1000;

    private DisableRequest() {
    }

    /** The reason given, or null when the body is empty or gives none. */
    static String reason(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(Response.Status.BAD_REQUEST, "invalid_json", "The body is not valid JSON: " + e.getOriginalMessage()
                    + ".", "Send {\"reason\": \"why it is disabled\"}, or no body.");
        }
        JsonNode reason = json.path("reason");
        if (!json.isObject() || !(reason.isMissingNode() || reason.isNull() || reason.isTextual())
                || reason.asText().length() > MAX_REASON) {
            throw new ApiException(HttpStatuses.UNPROCESSABLE, "invalid_disable_request", "The body must be an object whose 'reason' is a"
                    + " string of at most " + MAX_REASON + " characters.", "Send {\"reason\": \"why it is disabled\"}, or no body.");
        }
        return reason.isTextual() && !reason.asText().isBlank() ? reason.asText().strip() : null;
    }
}
