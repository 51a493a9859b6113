package io.flowmason.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;

/** An instance's answer: its status, its body as JSON (a missing node when empty or not JSON) and as text. */
record ApiResponse(int status, JsonNode body, String text) {

    boolean hasStatus(int... expected) {
        for (int candidate : expected) {
            if (status == candidate) {
                return true;
            }
        }
        return false;
    }

    /** The {@code error.code} of a FlowMason error answer, or an empty string. */
    String errorCode() {
        return body.path("error").path("code").asText("");
    }
}
