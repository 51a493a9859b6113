package io.flowmason.gateway.internal.openapi;

import static io.flowmason.gateway.internal.openapi.Maps.obj;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What both OpenAPI documents share: the key schemes, the error body, the rate-limit headers, the
 * standard error responses and the run envelope's parts, as OpenAPI 3.0.3 objects.
 */
final class OpenApiParts {

    static final String VERSION = "3.0.3";
    static final String JSON = "application/json";
    static final List<String> RATE_LIMIT_HEADERS = List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");

    private static final Map<String, String> ERROR_RESPONSES = Map.of(
            "400", "BadRequest", "401", "Unauthorized", "403", "Forbidden", "404", "NotFound",
            "409", "Conflict", "422", "Unprocessable", "429", "TooManyRequests");

    private OpenApiParts() {
    }

    static Map<String, Object> ref(String kind, String name) {
        return obj("$ref", "#/components/" + kind + "/" + name);
    }

    static Map<String, Object> schemaRef(String name) {
        return ref("schemas", name);
    }

    /** Either key scheme satisfies a request. */
    static List<Map<String, Object>> security() {
        return List.of(obj("ApiKey", List.of()), obj("BearerKey", List.of()));
    }

    static Map<String, Object> securitySchemes() {
        return obj(
                "ApiKey", obj("type", "apiKey", "in", "header", "name", "X-API-Key",
                        "description", "The API key. The owner key is FLOWMASON_ADMIN_KEY or <data>/admin.key."),
                "BearerKey", obj("type", "http", "scheme", "bearer",
                        "description", "The same API key sent as 'Authorization: Bearer <key>'."));
    }

    static Map<String, Object> jsonContent(Map<String, Object> schema) {
        return obj(JSON, obj("schema", schema));
    }

    /** A JSON answer of this schema, with these headers from {@code components.headers}. */
    static Map<String, Object> response(String description, Map<String, Object> schema, List<String> headers) {
        Map<String, Object> headerRefs = new LinkedHashMap<>();
        headers.forEach(h -> headerRefs.put(h, ref("headers", h)));
        return obj("description", description, "headers", headerRefs.isEmpty() ? null : headerRefs,
                "content", schema == null ? null : jsonContent(schema));
    }

    /** References to the standard error responses for these status codes. */
    static Map<String, Object> errors(String... statuses) {
        Map<String, Object> responses = new LinkedHashMap<>();
        for (String status : statuses) {
            responses.put(status, ref("responses", ERROR_RESPONSES.get(status)));
        }
        return responses;
    }

    static Map<String, Object> headers() {
        Map<String, Object> integer = obj("type", "integer", "minimum", 0);
        return obj(
                "RateLimit-Limit", obj("description", "Requests the key may make in the current window.", "schema", integer),
                "RateLimit-Remaining", obj("description", "Requests left in the current window.", "schema", integer),
                "RateLimit-Reset", obj("description", "Seconds until the window resets.", "schema", integer),
                "Retry-After", obj("description", "Seconds to wait before trying again.", "schema", integer));
    }

    static Map<String, Object> errorResponses() {
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("BadRequest", response("The request is malformed (bad JSON, bad parameter).", schemaRef("Error"), List.of()));
        responses.put("Unauthorized", response("No API key, or a key that is not valid.", schemaRef("Error"), List.of()));
        responses.put("Forbidden", response("The key lacks the permission this needs.", schemaRef("Error"), List.of()));
        responses.put("NotFound", response("No such resource.", schemaRef("Error"), List.of()));
        responses.put("Conflict", response("The request conflicts with the current state.", schemaRef("Error"), List.of()));
        responses.put("Unprocessable", response("The input or the pipeline is invalid; details name every problem.",
                schemaRef("Error"), List.of()));
        responses.put("TooManyRequests", response("The key's rate limit is used up.", schemaRef("Error"), List.of("Retry-After")));
        return responses;
    }

    /** The error body, the run's error and usage, and the asynchronous acceptance. */
    static Map<String, Object> commonSchemas() {
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("Error", obj("type", "object", "required", List.of("error"), "properties", obj("error", obj(
                "type", "object", "required", List.of("code", "message"), "properties", obj(
                        "code", obj("type", "string", "description", "snake_case code", "example", "invalid_input"),
                        "message", obj("type", "string"),
                        "details", obj("type", "array", "items", obj("type", "object", "additionalProperties", true)),
                        "suggestion", obj("type", "string", "nullable", true))))));
        schemas.put("RunError", obj("type", "object", "description", "Why a run failed, naming the stage.",
                "properties", obj("stage", obj("type", "string", "nullable", true), "code", obj("type", "string"),
                        "message", obj("type", "string"))));
        schemas.put("Usage", obj("type", "object", "properties", obj(
                "total_tokens", obj("type", "integer"), "input_tokens", obj("type", "integer"),
                "output_tokens", obj("type", "integer"), "cost_usd", obj("type", "number"),
                "duration_ms", obj("type", "number"))));
        schemas.put("RunAccepted", obj("type", "object", "required", List.of("run_id", "status", "status_url"),
                "properties", obj("run_id", obj("type", "string"), "pipeline_id", obj("type", "string"),
                        "pipeline_version", obj("type", "string"),
                        "status", obj("type", "string", "enum", List.of("queued", "running")),
                        "status_url", obj("type", "string", "example", "/api/runs/run_0123"))));
        return schemas;
    }

    /** The run envelope whose {@code result} is {@code result}. */
    static Map<String, Object> runEnvelope(Map<String, Object> result) {
        return obj("type", "object", "required", List.of("run_id", "pipeline_id", "pipeline_version", "status"),
                "properties", obj(
                        "run_id", obj("type", "string", "example", "run_0123"),
                        "pipeline_id", obj("type", "string"),
                        "pipeline_version", obj("type", "string"),
                        "status", obj("type", "string", "enum", List.of("completed", "failed")),
                        "result", result,
                        "error", schemaRef("RunError"),
                        "usage", schemaRef("Usage"),
                        "created_at", obj("type", "string", "format", "date-time", "nullable", true),
                        "finished_at", obj("type", "string", "format", "date-time", "nullable", true),
                        "trace_url", obj("type", "string", "example", "/api/runs/run_0123/trace")));
    }

    /** The parameters and answers of {@code POST .../run} given the body and envelope schemas. */
    static Map<String, Object> runOperation(String summary, String operationId, List<Map<String, Object>> parameters,
            Map<String, Object> input, Map<String, Object> envelope) {
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", response("The finished run: status completed, or failed with an error naming the stage.",
                envelope, RATE_LIMIT_HEADERS));
        responses.put("202", response("Accepted for an asynchronous run (Prefer: respond-async, async=true or a webhook).",
                schemaRef("RunAccepted"), RATE_LIMIT_HEADERS));
        responses.putAll(errors("400", "401", "403", "404", "409", "422", "429"));
        List<Map<String, Object>> all = new java.util.ArrayList<>(parameters);
        all.add(obj("name", "async", "in", "query", "schema", obj("type", "boolean", "default", false),
                "description", "Run asynchronously: answer 202 at once."));
        all.add(obj("name", "webhook_url", "in", "query", "schema", obj("type", "string", "format", "uri"),
                "description", "Receives the finished run envelope by POST (makes the run asynchronous)."));
        all.add(obj("name", "Prefer", "in", "header", "schema", obj("type", "string", "enum", List.of("respond-async")),
                "description", "respond-async: answer 202 at once."));
        all.add(obj("name", "X-Webhook-Url", "in", "header", "schema", obj("type", "string", "format", "uri"),
                "description", "As webhook_url."));
        return obj("summary", summary, "operationId", operationId, "tags", List.of("runs"), "parameters", all,
                "requestBody", obj("required", true, "content", jsonContent(input)), "responses", responses);
    }
}
