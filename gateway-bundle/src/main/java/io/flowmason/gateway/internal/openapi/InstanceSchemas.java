package io.flowmason.gateway.internal.openapi;

import static io.flowmason.gateway.internal.openapi.Maps.obj;
import static io.flowmason.gateway.internal.openapi.OpenApiParts.schemaRef;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schemas of the instance API's bodies, as shared/API.md gives them. */
final class InstanceSchemas {

    private static final Map<String, Object> STRING = obj("type", "string");
    private static final Map<String, Object> NULLABLE_STRING = obj("type", "string", "nullable", true);
    private static final Map<String, Object> TIME = obj("type", "string", "format", "date-time", "nullable", true);
    private static final Map<String, Object> ANY_OBJECT = obj("type", "object", "additionalProperties", true);
    private static final Map<String, Object> STRINGS = obj("type", "array", "items", STRING);
    private static final Map<String, Object> INTEGER = obj("type", "integer");
    private static final Map<String, Object> COMPONENT_STATE = obj("type", "string", "enum", List.of("active", "quarantined", "disabled"),
            "description", "Whether runs may call it: quarantined (too many stage threads abandoned after timeouts) and disabled"
                    + " (by an admin) versions fail runs with component_quarantined or component_disabled");

    private InstanceSchemas() {
    }

    static Map<String, Object> all() {
        Map<String, Object> schemas = new LinkedHashMap<>(OpenApiParts.commonSchemas());
        schemas.put("Health", obj("type", "object", "properties", obj("status", obj("type", "string", "example", "UP"),
                "version", STRING, "environment", obj("type", "string", "enum", List.of("test", "staging", "production")),
                "abandoned_threads", obj("type", "array", "description", "Component versions with stage threads still running"
                        + " past their timeouts", "items", obj("type", "object", "properties", obj("type", STRING, "version", STRING,
                        "state", COMPONENT_STATE, "running", INTEGER, "total", INTEGER, "cpu_ms", INTEGER))))));
        schemas.put("Ready", obj("type", "object", "properties", obj("status", obj("type", "string", "example", "READY"),
                "checks", STRINGS)));
        schemas.put("Component", component());
        schemas.put("Package", pkg());
        schemas.put("Provider", obj("type", "object", "properties", obj("name", STRING, "capabilities", STRINGS,
                "available", obj("type", "boolean"), "reason", NULLABLE_STRING)));
        schemas.putAll(pipelineSchemas());
        schemas.put("RunEnvelope", OpenApiParts.runEnvelope(obj("nullable", true,
                "description", "The pipeline's result, shaped by its output_schema.")));
        schemas.put("RunPage", obj("type", "object", "properties", obj("runs", list(schemaRef("RunEnvelope")),
                "total", obj("type", "integer"), "limit", obj("type", "integer"), "offset", obj("type", "integer"))));
        schemas.put("Trace", trace());
        schemas.putAll(KeySchemas.all());
        schemas.put("Upload", obj("type", "object", "required", List.of("file"), "properties",
                obj("file", obj("type", "string", "format", "binary", "description", "An .fmpkg file"))));
        return schemas;
    }

    static Map<String, Object> list(Map<String, Object> items) {
        return obj("type", "array", "items", items);
    }

    /** An object with one property holding a list of {@code schema}. */
    static Map<String, Object> listOf(String property, String schema) {
        return obj("type", "object", "properties", obj(property, list(schemaRef(schema))));
    }

    private static Map<String, Object> component() {
        return obj("type", "object", "properties", obj(
                "type", STRING, "version", STRING, "kind", obj("type", "string", "enum", List.of("node", "operator")),
                "category", STRING, "description", NULLABLE_STRING, "package_name", STRING, "package_version", STRING,
                "input_schema", ANY_OBJECT, "output_schema", ANY_OBJECT, "recommended_providers", STRINGS,
                "required_capabilities", STRINGS, "is_core", obj("type", "boolean"), "is_available", obj("type", "boolean"),
                "load_error", NULLABLE_STRING, "deployed_at", TIME,
                "state", COMPONENT_STATE, "state_reason", NULLABLE_STRING,
                "abandoned_threads", obj("type", "object", "description", "Stage threads of this version abandoned after their"
                        + " timeouts: still running, in total since start, since it was last enabled (what quarantine counts),"
                        + " and the CPU time they used after being abandoned", "properties", obj("running", INTEGER, "total", INTEGER,
                        "since_enabled", INTEGER, "cpu_ms", INTEGER)),
                "versions", obj("type", "array", "items", STRING, "description", "Every installed version (single lookups)")));
    }

    private static Map<String, Object> pkg() {
        return obj("type", "object", "properties", obj(
                "name", STRING, "version", STRING, "bundle_symbolic_name", STRING,
                "state", obj("type", "string", "enum", List.of("active", "installed", "failed")), "load_error", NULLABLE_STRING,
                "components", STRINGS, "source", obj("type", "string", "enum", List.of("deploy_folder", "upload", "core")),
                "deployed_at", TIME, "sha256", STRING));
    }

    private static Map<String, Object> pipelineSchemas() {
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("Stage", obj("type", "object", "required", List.of("id", "type"), "properties", obj(
                "id", STRING, "type", STRING, "component_package", NULLABLE_STRING, "provider", NULLABLE_STRING,
                "input_mapping", ANY_OBJECT, "depends_on", STRINGS, "timeout_ms", obj("type", "integer"),
                "retry", obj("type", "object", "nullable", true, "properties", obj("max_attempts", obj("type", "integer"),
                        "backoff_ms", obj("type", "integer")))), "additionalProperties", true));
        schemas.put("Pipeline", obj("type", "object", "required", List.of("id", "name", "version", "stages"), "properties", obj(
                "id", STRING, "name", STRING, "version", STRING, "description", NULLABLE_STRING,
                "input_schema", obj("type", "object", "nullable", true, "additionalProperties", true,
                        "description", "JSON Schema (draft 2020-12) of the run input"),
                "output_schema", obj("type", "object", "nullable", true, "additionalProperties", true),
                "stages", list(schemaRef("Stage")),
                "output", obj("nullable", true, "description", "A template, or an object of templates, building the result"))));
        schemas.put("PipelineSummary", obj("type", "object", "properties", obj("id", STRING, "name", STRING, "version", STRING,
                "description", NULLABLE_STRING, "stages", obj("type", "integer"), "created_at", TIME, "updated_at", TIME)));
        schemas.put("PublishedVersion", obj("type", "object", "properties", obj("pipeline_id", STRING, "version", STRING,
                "published_at", TIME, "published_by", NULLABLE_STRING, "locks", list(obj("type", "object", "properties",
                        obj("stage_id", STRING, "type", STRING, "version", STRING, "package_name", STRING))))));
        schemas.put("PipelineLimits", obj("type", "object", "description", "A pipeline's own limits; null sets none",
                "properties", obj("pipeline_id", obj("type", "string", "readOnly", true),
                        "rate_limit_per_minute", obj("type", "integer", "minimum", 1, "nullable", true),
                        "rate_limit_per_hour", obj("type", "integer", "minimum", 1, "nullable", true),
                        "monthly_token_budget", obj("type", "integer", "minimum", 1, "nullable", true),
                        "monthly_usd_budget", obj("type", "number", "nullable", true))));
        return schemas;
    }

    private static Map<String, Object> trace() {
        Map<String, Object> span = obj("type", "object", "properties", obj(
                "stage_id", STRING, "type", STRING, "component_version", NULLABLE_STRING, "provider", NULLABLE_STRING,
                "status", STRING, "started_at", TIME, "duration_ms", obj("type", "number"), "attempts", obj("type", "integer"),
                "input", obj("nullable", true), "output", obj("nullable", true), "error", schemaRef("RunError"),
                "usage", schemaRef("Usage"), "logs", list(obj("type", "object", "properties",
                        obj("level", STRING, "message", STRING)))));
        return obj("type", "object", "properties", obj("run_id", STRING, "pipeline_id", STRING, "status", STRING,
                "spans", list(span)));
    }
}
