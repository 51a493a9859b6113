package io.flowmason.gateway.internal.openapi;

import static io.flowmason.gateway.internal.openapi.Maps.obj;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schemas of API keys, the audit log and usage figures. */
final class KeySchemas {

    static final List<String> PERMISSIONS = List.of("pipelines:execute", "pipelines:read", "pipelines:write",
            "packages:deploy", "keys:admin");

    private KeySchemas() {
    }

    static Map<String, Object> all() {
        Map<String, Object> string = obj("type", "string");
        Map<String, Object> time = obj("type", "string", "format", "date-time", "nullable", true);
        Map<String, Object> permissions = obj("type", "array", "items", obj("type", "string", "enum", PERMISSIONS));
        Map<String, Object> pipelines = obj("type", "array", "items", string, "nullable", true,
                "description", "Pipeline ids the key may use; all when absent");
        Map<String, Object> integer = obj("type", "integer", "minimum", 0);
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("KeyRequest", obj("type", "object", "required", List.of("name", "permissions"), "properties", obj(
                "name", string, "permissions", permissions, "pipelines", pipelines, "expires_at", time,
                "rate_limit_per_minute", integer, "rate_limit_per_hour", integer)));
        schemas.put("Key", obj("type", "object", "properties", obj(
                "id", string, "name", string, "permissions", permissions, "pipelines", pipelines, "expires_at", time,
                "rate_limit_per_minute", integer, "rate_limit_per_hour", integer, "created_at", time,
                "last_used_at", time)));
        schemas.put("CreatedKey", obj("allOf", List.of(OpenApiParts.schemaRef("Key"), obj("type", "object",
                "required", List.of("id", "key"), "properties",
                obj("key", obj("type", "string", "description", "The raw key, shown this once"))))));
        schemas.put("AuditEvent", obj("type", "object", "properties", obj(
                "at", time, "actor", string, "action", string, "target", obj("type", "string", "nullable", true),
                "status", obj("type", "integer"), "details", obj("type", "object", "additionalProperties", true))));
        Map<String, Object> figures = obj("type", "object", "properties", obj(
                "runs", integer, "failed_runs", integer, "total_tokens", integer, "input_tokens", integer,
                "output_tokens", integer, "cost_usd", obj("type", "number")));
        schemas.put("UsageFigures", figures);
        schemas.put("UsageReport", obj("type", "object", "properties", obj(
                "from", time, "to", time, "totals", OpenApiParts.schemaRef("UsageFigures"),
                "by_pipeline", obj("type", "object", "additionalProperties", OpenApiParts.schemaRef("UsageFigures")),
                "by_key", obj("type", "object", "additionalProperties", OpenApiParts.schemaRef("UsageFigures")))));
        return schemas;
    }
}
