package io.flowmason.gateway.internal.openapi;

import static io.flowmason.gateway.internal.openapi.Maps.obj;
import static io.flowmason.gateway.internal.openapi.OpenApiParts.schemaRef;

import io.flowmason.executor.pipeline.PipelineDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI 3.0.3 document of one pipeline version's run endpoint: its input schema as the
 * request body, its output schema as the run envelope's {@code result}, the asynchronous answer,
 * the error answers, the rate-limit headers and the key schemes.
 */
public final class PipelineDocument {

    private PipelineDocument() {
    }

    /** The document for {@code pipeline} as published under {@code version}. */
    public static Map<String, Object> build(PipelineDefinition pipeline, String version) {
        Map<String, Object> schemas = new LinkedHashMap<>(OpenApiParts.commonSchemas());
        Map<String, Object> hoisted = new LinkedHashMap<>();
        Map<String, Object> input = new SchemaConverter("Input_", hoisted).convert(pipeline.inputSchema());
        if (input.isEmpty()) {
            input = obj("type", "object", "additionalProperties", true);
        }
        Map<String, Object> output = new SchemaConverter("Output_", hoisted).convert(pipeline.outputSchema());
        schemas.putAll(hoisted);
        schemas.put("Input", input);
        schemas.put("Output", output);
        schemas.put("RunEnvelope", OpenApiParts.runEnvelope(schemaRef("Output")));

        String path = "/api/pipelines/" + pipeline.id() + "/run";
        List<Map<String, Object>> parameters = List.of(obj("name", "version", "in", "query",
                "schema", obj("type", "string", "default", version),
                "description", "The pipeline version to run; the latest published one when absent, 'draft' for the draft."));
        Map<String, Object> run = OpenApiParts.runOperation("Run " + title(pipeline), "run", parameters,
                schemaRef("Input"), schemaRef("RunEnvelope"));
        run.put("description", description(pipeline));

        return obj(
                "openapi", OpenApiParts.VERSION,
                "info", obj("title", title(pipeline), "version", version, "description", description(pipeline)),
                "tags", List.of(obj("name", "runs", "description", "Running the pipeline")),
                "security", OpenApiParts.security(),
                "paths", obj(path, obj("post", run)),
                "components", obj("schemas", schemas, "responses", OpenApiParts.errorResponses(),
                        "headers", OpenApiParts.headers(), "securitySchemes", OpenApiParts.securitySchemes()));
    }

    private static String title(PipelineDefinition pipeline) {
        return pipeline.name() == null || pipeline.name().isBlank() ? pipeline.id() : pipeline.name();
    }

    private static String description(PipelineDefinition pipeline) {
        String own = pipeline.description() == null || pipeline.description().isBlank() ? ""
                : pipeline.description().strip() + "\n\n";
        return own + "Runs pipeline '" + pipeline.id() + "'. The request body is the pipeline's input, validated against its"
                + " input schema; the answer is the run envelope with the pipeline's result. Send the API key as X-API-Key"
                + " or Authorization: Bearer.";
    }
}
