package io.flowmason.gateway.internal.openapi;

import static io.flowmason.gateway.internal.openapi.InstanceSchemas.listOf;
import static io.flowmason.gateway.internal.openapi.Maps.obj;
import static io.flowmason.gateway.internal.openapi.OpenApiParts.errors;
import static io.flowmason.gateway.internal.openapi.OpenApiParts.jsonContent;
import static io.flowmason.gateway.internal.openapi.OpenApiParts.response;
import static io.flowmason.gateway.internal.openapi.OpenApiParts.schemaRef;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI 3.0.3 document of the whole instance API: health, registry and packages, providers,
 * pipelines, runs and traces, keys, audit and usage, and the OpenAPI documents themselves.
 */
public final class InstanceDocument {

    private final Map<String, Object> paths = new LinkedHashMap<>();

    private InstanceDocument() {
    }

    /** The document of an instance of this version. */
    public static Map<String, Object> build(String instanceVersion) {
        InstanceDocument document = new InstanceDocument();
        document.health();
        document.registry();
        document.pipelines();
        document.runs();
        document.keys();
        return obj(
                "openapi", OpenApiParts.VERSION,
                "info", obj("title", "FlowMason API", "version", instanceVersion, "description",
                        "The FlowMason instance's HTTP API. Every path except /api/health and /api/ready needs an API key,"
                                + " sent as X-API-Key or Authorization: Bearer. Errors are JSON {\"error\": {code, message,"
                                + " details, suggestion}}."),
                "tags", List.of(tag("health"), tag("registry"), tag("pipelines"), tag("runs"), tag("keys"), tag("openapi")),
                "security", OpenApiParts.security(),
                "paths", document.paths,
                "components", obj("schemas", InstanceSchemas.all(), "responses", OpenApiParts.errorResponses(),
                        "headers", OpenApiParts.headers(), "securitySchemes", OpenApiParts.securitySchemes()));
    }

    @SuppressWarnings("unchecked")
    private void health() {
        Map<String, Object> health = op("health", "Liveness, version and environment", "health", List.of(), null,
                ok("200", "Up", schemaRef("Health")));
        health.put("security", List.of());
        put("/api/health", "get", health);
        Map<String, Object> ready = op("health", "Readiness", "ready", List.of(), null,
                ok("200", "Every platform bundle is active and the core packages are installed", schemaRef("Ready")));
        ready.put("security", List.of());
        ((Map<String, Object>) ready.get("responses")).put("503", response("Not ready; details give the reasons",
                schemaRef("Error"), List.of()));
        put("/api/ready", "get", ready);
        put("/api/providers", "get", op("registry", "LLM providers, their capabilities and availability", "listProviders",
                List.of(), null, ok("200", "The providers", listOf("providers", "Provider"))));
        put("/api/openapi.json", "get", op("openapi", "This document", "instanceOpenApi", List.of(), null,
                ok("200", "An OpenAPI 3.0.3 document", obj("type", "object", "additionalProperties", true))));
        put("/api/pipelines/{id}/openapi.json", "get", op("openapi", "The OpenAPI document of a pipeline's run endpoint",
                "pipelineOpenApi", List.of(pathParam("id"), query("version", "The version; the latest published by default")),
                null, ok("200", "An OpenAPI 3.0.3 document", obj("type", "object", "additionalProperties", true), "404", "409")));
    }

    private void registry() {
        put("/api/registry/components", "get", op("registry", "Installed components", "listComponents",
                List.of(query("category", null), query("kind", "node or operator"),
                        obj("name", "include_inactive", "in", "query", "schema", obj("type", "boolean"))),
                null, ok("200", "The components", listOf("components", "Component"))));
        put("/api/registry/components/{type}", "get", op("registry", "The highest component version matching", "getComponent",
                List.of(pathParam("type"), query("version", "Exact, 1.2.0 meaning [1.2.0,2.0.0), or an OSGi range")),
                null, ok("200", "The component with every installed version", schemaRef("Component"), "404")));
        put("/api/registry/components/{type}/{version}", "delete", op("registry", "Remove the package holding this component version",
                "removeComponent", List.of(pathParam("type"), pathParam("version")), null, ok("204", "Removed", null, "404", "409")));
        List<Map<String, Object>> typeAndVersion = List.of(pathParam("type"), pathParam("version"));
        Map<String, Object> reason = obj("required", false, "content", jsonContent(obj("type", "object", "properties",
                obj("reason", obj("type", "string", "maxLength", 1000, "description", "Why; shown as state_reason")))));
        put("/api/registry/components/{type}/{version}/disable", "post", op("registry",
                "Disable a component version: runs that need it fail with component_disabled until it is enabled",
                "disableComponent", typeAndVersion, reason, ok("200", "The component, disabled", schemaRef("Component"), "400", "404",
                        "422")));
        put("/api/registry/components/{type}/{version}/enable", "post", op("registry",
                "Enable a quarantined or disabled component version; its count of abandoned threads toward quarantine starts afresh",
                "enableComponent", typeAndVersion, null, ok("200", "The component, active", schemaRef("Component"), "400", "404")));
        Map<String, Object> upload = obj("required", true, "content", obj("multipart/form-data", obj("schema", schemaRef("Upload"))));
        Map<String, Object> deployed = obj("type", "object", "properties", obj("package", schemaRef("Package"),
                "warnings", obj("type", "array", "items", obj("type", "string"), "description",
                        "What the instance accepted but warns about, such as a call to System.exit")));
        put("/api/registry/deploy", "post", op("registry", "Deploy an .fmpkg", "deployPackage", List.of(), upload,
                ok("201", "Installed", deployed, "400", "409", "422")));
        put("/api/packages/upload", "post", op("registry", "Upload an .fmpkg (as /api/registry/deploy)", "uploadPackage",
                List.of(), upload, ok("201", "Installed", deployed, "400", "409", "422")));
        put("/api/registry/refresh", "post", op("registry", "Rescan and list the components", "refreshRegistry", List.of(), null,
                ok("200", "The components", listOf("components", "Component"))));
        put("/api/packages", "get", op("registry", "Installed packages, failed ones included", "listPackages", List.of(), null,
                ok("200", "The packages", listOf("packages", "Package"))));
    }

    private void pipelines() {
        Map<String, Object> body = obj("required", true, "content", jsonContent(schemaRef("Pipeline")));
        put("/api/pipelines", "get", op("pipelines", "Pipelines", "listPipelines", List.of(), null,
                ok("200", "The pipelines", listOf("pipelines", "PipelineSummary"))));
        put("/api/pipelines", "post", op("pipelines", "Create a pipeline", "createPipeline", List.of(), body,
                ok("201", "Created", schemaRef("Pipeline"), "400", "409", "422")));
        List<Map<String, Object>> id = List.of(pathParam("id"));
        put("/api/pipelines/{id}", "get", op("pipelines", "A pipeline's draft", "getPipeline", id, null,
                ok("200", "The draft", schemaRef("Pipeline"), "404")));
        put("/api/pipelines/{id}", "put", op("pipelines", "Replace the draft", "replacePipeline", id, body,
                ok("200", "The new draft", schemaRef("Pipeline"), "400", "404", "422")));
        put("/api/pipelines/{id}", "delete", op("pipelines", "Delete a pipeline", "deletePipeline", id, null,
                ok("204", "Deleted", null, "404")));
        put("/api/pipelines/{id}/publish", "post", op("pipelines", "Publish the draft as its version", "publishPipeline", id, null,
                ok("201", "Published, every stage locked to a component version", schemaRef("PublishedVersion"), "404", "409", "422")));
        put("/api/pipelines/{id}/versions", "get", op("pipelines", "Published versions", "listPipelineVersions", id, null,
                ok("200", "The versions", listOf("versions", "PublishedVersion"), "404")));
        Map<String, Object> limits = obj("required", true, "content", jsonContent(schemaRef("PipelineLimits")));
        put("/api/pipelines/{id}/limits", "get", op("pipelines", "The pipeline's own limits", "getPipelineLimits", id, null,
                ok("200", "The limits", schemaRef("PipelineLimits"), "404")));
        put("/api/pipelines/{id}/limits", "put", op("pipelines", "Set the pipeline's own limits", "setPipelineLimits", id, limits,
                ok("200", "The limits now in force", schemaRef("PipelineLimits"), "400", "404")));
        put("/api/pipelines/{id}/run", "post", OpenApiParts.runOperation("Run a pipeline", "runPipeline",
                List.of(pathParam("id"), query("version", "The version to run; the latest published by default, 'draft' for the draft")),
                obj("type", "object", "additionalProperties", true, "description", "The pipeline's input, per its input_schema"),
                schemaRef("RunEnvelope")));
    }

    private void runs() {
        put("/api/runs", "get", op("runs", "Recorded runs", "listRuns", List.of(query("pipeline_id", null),
                obj("name", "status", "in", "query", "schema", obj("type", "string", "enum",
                        List.of("queued", "running", "completed", "failed"))),
                obj("name", "limit", "in", "query", "schema", obj("type", "integer", "minimum", 1, "maximum", 200, "default", 50)),
                obj("name", "offset", "in", "query", "schema", obj("type", "integer", "minimum", 0, "default", 0))),
                null, ok("200", "A page of runs", schemaRef("RunPage"), "400")));
        put("/api/runs/{run_id}", "get", op("runs", "A run's envelope", "getRun", List.of(pathParam("run_id")), null,
                ok("200", "The run", schemaRef("RunEnvelope"), "404")));
        put("/api/runs/{run_id}/trace", "get", op("runs", "A run's stage spans", "getTrace", List.of(pathParam("run_id")), null,
                ok("200", "The trace", schemaRef("Trace"), "404")));
    }

    private void keys() {
        put("/api/keys", "get", op("keys", "API keys (never the raw key)", "listKeys", List.of(), null,
                ok("200", "The keys", listOf("keys", "Key"))));
        put("/api/keys", "post", op("keys", "Create an API key", "createKey", List.of(),
                obj("required", true, "content", jsonContent(schemaRef("KeyRequest"))),
                ok("201", "Created; the raw key is shown this once", schemaRef("CreatedKey"), "400", "422")));
        put("/api/keys/{id}", "delete", op("keys", "Revoke a key at once", "revokeKey", List.of(pathParam("id")), null,
                ok("204", "Revoked", null, "404")));
        put("/api/audit", "get", op("keys", "The audit log", "listAudit", List.of(query("actor", null), query("action", null),
                obj("name", "since", "in", "query", "schema", obj("type", "string", "format", "date-time")),
                obj("name", "limit", "in", "query", "schema", obj("type", "integer", "minimum", 1))),
                null, ok("200", "Audit events, newest first", listOf("events", "AuditEvent"), "400")));
        put("/api/usage", "get", op("keys", "Usage and cost", "getUsage", List.of(query("pipeline_id", null), query("key_id", null),
                obj("name", "from", "in", "query", "schema", obj("type", "string", "format", "date-time")),
                obj("name", "to", "in", "query", "schema", obj("type", "string", "format", "date-time"))),
                null, ok("200", "Usage figures", schemaRef("UsageReport"), "400")));
    }

    private void put(String path, String method, Map<String, Object> operation) {
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(path, p -> new LinkedHashMap<String, Object>());
        item.put(method, operation);
    }

    private static Map<String, Object> op(String tag, String summary, String operationId, List<Map<String, Object>> parameters,
            Map<String, Object> body, Map<String, Object> responses) {
        Map<String, Object> all = new LinkedHashMap<>(responses);
        if (!all.containsKey("401") && !"health".equals(tag)) {
            all.putAll(errors("401", "403", "429"));
        }
        return obj("tags", List.of(tag), "summary", summary, "operationId", operationId,
                "parameters", parameters.isEmpty() ? null : parameters, "requestBody", body, "responses", all);
    }

    /** The success answer, then references to these error answers. */
    private static Map<String, Object> ok(String status, String description, Map<String, Object> schema, String... errorStatuses) {
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(status, response(description, schema, List.of()));
        responses.putAll(errors(errorStatuses));
        return responses;
    }

    private static Map<String, Object> pathParam(String name) {
        return obj("name", name, "in", "path", "required", true, "schema", obj("type", "string"));
    }

    private static Map<String, Object> query(String name, String description) {
        return obj("name", name, "in", "query", "schema", obj("type", "string"), "description", description);
    }

    private static Map<String, Object> tag(String name) {
        return obj("name", name);
    }
}
