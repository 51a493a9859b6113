package io.flowmason.gateway.internal.keys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.gateway.internal.ApiException;
import io.flowmason.gateway.internal.HttpStatuses;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads and checks the body of {@code POST /api/keys}; every mistake is a 4xx naming the field. */
final class KeyRequest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Response.StatusType UNPROCESSABLE = HttpStatuses.UNPROCESSABLE;

    private KeyRequest() {
    }

    static NewKey parse(String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (JsonProcessingException e) {
            throw new ApiException(Response.Status.BAD_REQUEST, "invalid_json", "The body is not valid JSON: "
                    + e.getOriginalMessage() + ".", "Send a JSON object such as {\"name\": \"ci\", \"permissions\": [\"pipelines:execute\"]}.");
        }
        if (!json.isObject()) {
            throw invalid("The body must be a JSON object.", "Send {\"name\": ..., \"permissions\": [...]}.");
        }
        JsonNode name = json.path("name");
        if (!name.isTextual() || name.asText().isBlank() || name.asText().length() > 200) {
            throw invalid("'name' must be a non-empty string of at most 200 characters.", "Name the key after who uses it, such as \"ci\".");
        }
        return new NewKey(name.asText().strip(), permissions(json.path("permissions")), pipelines(json.path("pipelines")),
                expiresAt(json.path("expires_at")), limit(json, "rate_limit_per_minute"), limit(json, "rate_limit_per_hour"),
                new KeyBudget(tokenBudget(json.path("monthly_token_budget")), usdBudget(json.path("monthly_usd_budget"))));
    }

    private static Long tokenBudget(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() < 1) {
            throw invalid("'monthly_token_budget' must be a whole number of tokens, 1 or more.", "Give it as 1000000, or leave it out.");
        }
        return node.asLong();
    }

    private static Double usdBudget(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isNumber() || node.asDouble() <= 0) {
            throw invalid("'monthly_usd_budget' must be a positive number of US dollars.", "Give it as 25.0, or leave it out.");
        }
        return node.asDouble();
    }

    private static Set<Permission> permissions(JsonNode node) {
        String valid = String.join(", ", Permission.ids());
        if (!node.isArray() || node.isEmpty()) {
            throw invalid("'permissions' must be a non-empty array; valid permissions are " + valid + ".",
                    "Give the permissions the key needs, such as [\"pipelines:execute\"].");
        }
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (JsonNode item : node) {
            permissions.add(Permission.of(item.asText()).orElseThrow(() -> new ApiException(UNPROCESSABLE, "invalid_permission",
                    "'" + item.asText() + "' is not a permission; valid permissions are " + valid + ".", Permission.ids(),
                    "Use only " + valid + ".")));
        }
        return permissions;
    }

    private static Set<String> pipelines(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return Set.of();
        }
        if (!node.isArray()) {
            throw invalid("'pipelines' must be an array of pipeline ids.", "Give [\"support-triage\"], or leave it out for every pipeline.");
        }
        Set<String> pipelines = new LinkedHashSet<>();
        for (JsonNode item : node) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw invalid("'pipelines' must hold only pipeline ids.", "Give [\"support-triage\"].");
            }
            pipelines.add(item.asText());
        }
        return pipelines;
    }

    private static Instant expiresAt(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(node.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid("'expires_at' must be an ISO-8601 time with an offset, not '" + node.asText() + "'.",
                    "Write it as 2030-01-31T00:00:00Z.");
        }
    }

    private static Integer limit(JsonNode json, String field) {
        JsonNode node = json.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 1) {
            throw invalid("'" + field + "' must be a positive integer.", "Leave it out to use the instance's default limit.");
        }
        return node.asInt();
    }

    private static ApiException invalid(String message, String suggestion) {
        return new ApiException(UNPROCESSABLE, "invalid_key_request", message, List.of(), suggestion);
    }
}
