package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowmason.launcher.Api.Reply;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every core package, installed by the first start in a real framework, runs through the
 * universal executor: the seven operators and, on the mock provider, the five nodes.
 */
class CoreComponentsIT {

    private static final List<String> CORE = List.of("variable_set", "logger", "json_transform", "filter", "loop",
            "schema_validate", "http_request", "generator", "critic", "improver", "synthesizer", "selector");

    @TempDir
    static Path work;

    static InProcessInstance instance;
    static Api api;

    @BeforeAll
    static void start() throws Exception {
        instance = InProcessInstance.start(work);
        api = new Api(instance.port(), InProcessInstance.OWNER_KEY);
    }

    @AfterAll
    static void stop() throws Exception {
        instance.close();
    }

    @Test
    void theTwelveCoreComponentsAreListedAsCore() throws Exception {
        List<JsonNode> core = StreamSupport.stream(api.get("/api/registry/components?category=core").body().path("components")
                .spliterator(), false).toList();
        assertThat(core).extracting(c -> c.path("type").asText()).containsAll(CORE);
        assertThat(core).allSatisfy(c -> {
            assertThat(c.path("is_core").asBoolean()).isTrue();
            assertThat(c.path("is_available").asBoolean()).as(c.toString()).isTrue();
        });
    }

    @Test
    void everyCoreComponentRunsThroughTheExecutor() throws Exception {
        Reply created = api.post("/api/pipelines", """
                {"id": "all-core", "name": "All core", "version": "1.0.0",
                 "input_schema": {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]},
                 "stages": [
                   {"id": "vars", "type": "variable_set", "input_mapping": {"variables": {"name": "{{input.name}}", "items": [1, 2, 3, 4]}}},
                   {"id": "log", "type": "logger", "input_mapping": {"message": "hello {{upstream.vars.variables.name}}", "level": "info"}},
                   {"id": "shape", "type": "json_transform", "input_mapping": {"data": "{{upstream.vars.variables}}", "expression": "items[?@ > `2`]"}},
                   {"id": "keep", "type": "filter", "input_mapping": {"items": "{{upstream.vars.variables.items}}", "condition": "@ > `1`"}},
                   {"id": "check", "type": "schema_validate", "input_mapping": {"data": "{{upstream.keep.items}}",
                                                                               "schema": {"type": "array", "items": {"type": "integer"}}}},
                   {"id": "each", "type": "loop", "input_mapping": {"items": "{{upstream.shape.result}}", "component": "variable_set",
                                                                    "input_mapping": {"variables": {"n": "{{item}}", "at": "{{index}}"}}}},
                   {"id": "gen", "type": "generator", "provider": "mock", "input_mapping": {"prompt": "Write a line about {{input.name}}"}},
                   {"id": "crit", "type": "critic", "provider": "mock", "input_mapping": {"content": "{{upstream.gen.content}}"}},
                   {"id": "imp", "type": "improver", "provider": "mock",
                    "input_mapping": {"content": "{{upstream.gen.content}}", "feedback": "{{upstream.crit.critique}}"}},
                   {"id": "syn", "type": "synthesizer", "provider": "mock",
                    "input_mapping": {"inputs": ["{{upstream.gen.content}}", "{{upstream.imp.content}}"]}},
                   {"id": "pick", "type": "selector", "provider": "mock",
                    "input_mapping": {"options": ["{{upstream.gen.content}}", "{{upstream.syn.content}}"]}}
                 ]}
                """);
        assertThat(created.status()).as(created.text()).isEqualTo(201);

        Reply run = api.post("/api/pipelines/all-core/run?version=draft", "{\"name\": \"Ada\"}");

        assertThat(run.body().path("status").asText()).as(run.text()).isEqualTo("completed");
        JsonNode trace = api.get("/api/runs/" + run.body().path("run_id").asText() + "/trace").body();
        assertThat(trace.path("spans")).hasSize(11);
        assertThat(trace.path("spans")).allSatisfy(s -> assertThat(s.path("status").asText()).isEqualTo("completed"));
        assertThat(output(trace, "shape").path("result").toString()).isEqualTo("[3,4]");
        assertThat(output(trace, "keep").path("removed_count").asInt()).isEqualTo(1);
        assertThat(output(trace, "check").path("valid").asBoolean()).isTrue();
        assertThat(output(trace, "each").path("results").toString())
                .isEqualTo("[{\"variables\":{\"n\":3,\"at\":0}},{\"variables\":{\"n\":4,\"at\":1}}]");
        assertThat(output(trace, "crit").path("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(output(trace, "pick").path("index").asInt()).isBetween(0, 1);
        assertThat(span(trace, "log").path("logs").toString()).contains("hello Ada");
        assertThat(run.body().path("usage").path("total_tokens").asLong()).isPositive();
    }

    @Test
    void theProvidersAreListedWithWhetherTheyCanTakeCallsAndWhyNot() throws Exception {
        List<JsonNode> providers = StreamSupport.stream(api.get("/api/providers").body().path("providers").spliterator(), false)
                .toList();
        assertThat(providers).extracting(p -> p.path("name").asText())
                .containsExactly("anthropic", "mock", "openai", "openai_compatible");
        JsonNode mock = providers.get(1);
        assertThat(mock.path("available").asBoolean()).isTrue();
        assertThat(mock.path("capabilities").toString()).contains("json_mode");
        JsonNode anthropic = providers.get(0);
        if (System.getenv("ANTHROPIC_API_KEY") == null) {
            assertThat(anthropic.path("available").asBoolean()).isFalse();
            assertThat(anthropic.path("reason").asText()).contains("ANTHROPIC_API_KEY");
        }
    }

    @Test
    void httpRequestRunsAndRefusesAHostOffTheAllowList() throws Exception {
        assertThat(api.post("/api/pipelines", """
                {"id": "call", "name": "Call", "version": "1.0.0",
                 "stages": [{"id": "get", "type": "http_request", "input_mapping": {"url": "http://127.0.0.1:9/admin"}}]}
                """).status()).isEqualTo(201);

        Reply run = api.post("/api/pipelines/call/run?version=draft", "{}");

        assertThat(run.body().path("status").asText()).isEqualTo("failed");
        assertThat(run.body().path("error").path("message").asText()).contains("not on the allow-list", "allowed_hosts");
    }

    private static JsonNode span(JsonNode trace, String stage) {
        return StreamSupport.stream(trace.path("spans").spliterator(), false)
                .filter(s -> stage.equals(s.path("stage_id").asText())).findFirst().orElseThrow();
    }

    private static JsonNode output(JsonNode trace, String stage) {
        return span(trace, stage).path("output");
    }
}
