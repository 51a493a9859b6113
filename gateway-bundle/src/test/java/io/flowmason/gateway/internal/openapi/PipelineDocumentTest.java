package io.flowmason.gateway.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.executor.pipeline.PipelineDefinition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode document() {
        PipelineDefinition pipeline = new PipelineDefinition("triage", "Support Ticket Triage", "1.2.0", "Sorts tickets.",
                Map.of("$schema", "https://json-schema.org/draft/2020-12/schema", "type", "object",
                        "properties", Map.of("ticket_text", Map.of("type", "string"), "lang", Map.of("type", List.of("string", "null"))),
                        "required", List.of("ticket_text")),
                Map.of("type", "object", "properties", Map.of("category", Map.of("const", "billing"))), List.of(), null);
        return JSON.valueToTree(PipelineDocument.build(pipeline, "1.2.0"));
    }

    @Test
    void describesTheRunEndpointWithTheInputSchemaAsBody() {
        JsonNode doc = document();
        assertThat(doc.path("openapi").asText()).isEqualTo("3.0.3");
        assertThat(doc.path("info").path("title").asText()).isEqualTo("Support Ticket Triage");
        assertThat(doc.path("info").path("version").asText()).isEqualTo("1.2.0");
        assertThat(doc.path("info").path("description").asText()).startsWith("Sorts tickets.");
        JsonNode run = doc.path("paths").path("/api/pipelines/triage/run").path("post");
        assertThat(run.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/Input");
        JsonNode input = doc.path("components").path("schemas").path("Input");
        assertThat(input.path("required").get(0).asText()).isEqualTo("ticket_text");
        assertThat(input.has("$schema")).isFalse();
        assertThat(input.path("properties").path("lang").path("nullable").asBoolean()).isTrue();
    }

    @Test
    void answersTheEnvelopeWithTheOutputSchemaAndTheErrors() {
        JsonNode doc = document();
        JsonNode responses = doc.path("paths").path("/api/pipelines/triage/run").path("post").path("responses");
        assertThat(responses.fieldNames()).toIterable().contains("200", "202", "400", "401", "403", "404", "409", "422", "429");
        assertThat(responses.path("200").path("headers").fieldNames()).toIterable()
                .containsExactly("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");
        JsonNode schemas = doc.path("components").path("schemas");
        assertThat(schemas.path("RunEnvelope").path("properties").path("result").path("$ref").asText())
                .isEqualTo("#/components/schemas/Output");
        assertThat(schemas.path("RunEnvelope").path("properties").path("status").path("enum").toString())
                .isEqualTo("[\"completed\",\"failed\"]");
        assertThat(schemas.path("Output").path("properties").path("category").path("enum").toString()).isEqualTo("[\"billing\"]");
        assertThat(schemas.path("Error").path("properties").path("error").path("properties").fieldNames()).toIterable()
                .containsExactly("code", "message", "details", "suggestion");
        JsonNode components = doc.path("components");
        assertThat(components.path("responses").path("TooManyRequests").path("headers").has("Retry-After")).isTrue();
        assertThat(components.path("headers").path("RateLimit-Limit").path("schema").path("type").asText()).isEqualTo("integer");
    }

    @Test
    void offersTheApiKeyHeaderOrABearerToken() {
        JsonNode doc = document();
        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertThat(schemes.path("ApiKey").path("in").asText()).isEqualTo("header");
        assertThat(schemes.path("ApiKey").path("name").asText()).isEqualTo("X-API-Key");
        assertThat(schemes.path("BearerKey").path("scheme").asText()).isEqualTo("bearer");
        assertThat(doc.path("security")).hasSize(2);
    }

    @Test
    void theInstanceDocumentNamesEveryArea() {
        JsonNode doc = JSON.valueToTree(InstanceDocument.build("0.1.0"));
        assertThat(doc.path("paths").fieldNames()).toIterable().contains("/api/health", "/api/ready", "/api/registry/components",
                "/api/packages", "/api/providers", "/api/pipelines", "/api/pipelines/{id}/publish", "/api/pipelines/{id}/versions",
                "/api/pipelines/{id}/run", "/api/runs", "/api/runs/{run_id}/trace", "/api/keys", "/api/audit", "/api/usage");
        assertThat(doc.path("paths").path("/api/health").path("get").path("security")).isEmpty();
        assertThat(doc.path("paths").path("/api/keys").path("get").has("security")).isFalse();
    }
}
