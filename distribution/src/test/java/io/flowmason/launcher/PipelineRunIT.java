package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowmason.launcher.Api.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The universal executor in a real framework, running the components of the test package (and the
 * sample package) deployed as bundles, through the HTTP API.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineRunIT {

    @TempDir
    static Path work;

    static InProcessInstance instance;
    static Api api;

    @BeforeAll
    static void start() throws Exception {
        instance = InProcessInstance.start(work);
        api = new Api(instance.port(), InProcessInstance.OWNER_KEY);
        drop(Path.of(System.getProperty("test.package")), "it-fixtures-1.0.0.fmpkg");
        drop(Path.of(System.getProperty("sample.package.1.0.0")), "greeter-1.0.0.fmpkg");
        Eventually.await(Duration.ofSeconds(20), "the test components are listed", () -> listed("text_upper") && listed("sample_greeter"));
    }

    @AfterAll
    static void stop() throws Exception {
        instance.close();
    }

    private static void drop(Path file, String name) throws Exception {
        Path staged = Files.copy(file, work.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        Files.move(staged, instance.deployDir().resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean listed(String type) {
        try {
            return api.get("/api/registry/components/" + type).status() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private static Reply create(String json) throws Exception {
        return api.post("/api/pipelines", json);
    }

    private static Reply runDraft(String id, String input) throws Exception {
        return api.post("/api/pipelines/" + id + "/run?version=draft", input);
    }

    private static List<JsonNode> spans(String runId) throws Exception {
        Reply trace = api.get("/api/runs/" + runId + "/trace");
        assertThat(trace.status()).isEqualTo(200);
        return StreamSupport.stream(trace.body().path("spans").spliterator(), false).toList();
    }

    private static JsonNode span(String runId, String stage) throws Exception {
        return spans(runId).stream().filter(s -> stage.equals(s.path("stage_id").asText())).findFirst().orElseThrow();
    }

    @Test
    void aThreeStagePipelineIsCreatedPublishedAndRunWithItsResultUsageAndTrace() throws Exception {
        Reply created = create("""
                {"id": "shout", "name": "Shout", "version": "1.0.0",
                 "input_schema": {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]},
                 "output_schema": {"type": "object", "required": ["shout", "words"]},
                 "stages": [
                   {"id": "upper", "type": "text_upper", "input_mapping": {"text": "{{input.text}}"}},
                   {"id": "count", "type": "word_count", "input_mapping": {"text": "{{upstream.upper.text}}"}},
                   {"id": "join", "type": "concat",
                    "input_mapping": {"parts": ["{{upstream.upper.text}}", "{{upstream.count.words}} words"], "separator": " / "}}
                 ],
                 "output": {"shout": "{{upstream.join.text}}", "words": "{{upstream.count.words}}"}}
                """);
        assertThat(created.status()).as(created.text()).isEqualTo(201);

        Reply published = api.post("/api/pipelines/shout/publish", "");
        assertThat(published.status()).as(published.text()).isEqualTo(201);
        assertThat(published.body().path("locks").toString()).contains("\"type\":\"text_upper\"", "\"version\":\"1.0.0\"");

        Reply run = api.post("/api/pipelines/shout/run", "{\"text\": \"hello big world\"}");
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        assertThat(run.body().path("status").asText()).isEqualTo("completed");
        assertThat(run.body().path("pipeline_version").asText()).isEqualTo("1.0.0");
        assertThat(run.body().path("result").path("shout").asText()).isEqualTo("HELLO BIG WORLD / 3 words");
        assertThat(run.body().path("result").path("words").asInt()).isEqualTo(3);
        assertThat(run.body().path("result").path("words").isNumber()).isTrue();
        assertThat(run.body().path("usage").path("duration_ms").asDouble()).isPositive();
        String runId = run.body().path("run_id").asText();
        assertThat(run.body().path("trace_url").asText()).isEqualTo("/api/runs/" + runId + "/trace");

        List<JsonNode> spans = spans(runId);
        assertThat(spans).extracting(s -> s.path("stage_id").asText()).containsExactly("upper", "count", "join");
        assertThat(spans).allSatisfy(s -> {
            assertThat(s.path("status").asText()).isEqualTo("completed");
            assertThat(s.path("attempts").asInt()).isEqualTo(1);
            assertThat(s.path("component_version").asText()).isEqualTo("1.0.0");
        });
        assertThat(span(runId, "join").path("input").path("separator").asText()).isEqualTo(" / ");
        assertThat(api.get("/api/runs/" + runId).body().path("status").asText()).isEqualTo("completed");
    }

    @Test
    void aComponentThatThrowsFailsTheRunNamingTheStageAndSkipsWhatDependsOnIt() throws Exception {
        assertThat(create("""
                {"id": "boom", "name": "Boom", "version": "1.0.0",
                 "stages": [
                   {"id": "first", "type": "text_upper", "input_mapping": {"text": "ok"}},
                   {"id": "blast", "type": "explode", "input_mapping": {"reason": "{{upstream.first.text}}"}},
                   {"id": "after", "type": "text_upper", "depends_on": ["blast"], "input_mapping": {"text": "never"}}
                 ]}
                """).status()).isEqualTo(201);

        Reply run = runDraft("boom", "{}");

        assertThat(run.status()).isEqualTo(200);
        assertThat(run.body().path("status").asText()).isEqualTo("failed");
        assertThat(run.body().path("error").path("stage").asText()).isEqualTo("blast");
        assertThat(run.body().path("error").path("message").asText()).contains("exploded on purpose: OK");
        String runId = run.body().path("run_id").asText();
        assertThat(span(runId, "after").path("status").asText()).isEqualTo("skipped");
        assertThat(api.get("/api/health").status()).isEqualTo(200);
    }

    @Test
    void aHangingComponentIsAbandonedAtItsTimeoutAndTheInstanceKeepsServing() throws Exception {
        assertThat(create("""
                {"id": "hang", "name": "Hang", "version": "1.0.0",
                 "stages": [{"id": "nap", "type": "sleepy", "timeout_ms": 300, "input_mapping": {"sleep_ms": 4000}}]}
                """).status()).isEqualTo(201);

        long start = System.nanoTime();
        Reply run = runDraft("hang", "{}");
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(run.body().path("status").asText()).isEqualTo("failed");
        assertThat(run.body().path("error").path("code").asText()).isEqualTo("timeout");
        assertThat(run.body().path("error").path("message").asText()).contains("nap", "did not finish within 300 ms");
        assertThat(tookMs).isLessThan(2500);
        assertThat(api.get("/api/health").status()).isEqualTo(200);
        assertThat(runDraft("shout-free", "{}").status()).isEqualTo(404);
    }

    @Test
    void anOperatorThatFollowsAnotherOnItsStageThreadIsStillHeldToItsTimeout() throws Exception {
        // The first stage takes 50 ms, so the second always starts on the first one's stage thread, in the same call.
        assertThat(create("""
                {"id": "hang-late", "name": "Hang late", "version": "1.0.0",
                 "stages": [{"id": "first", "type": "sleepy", "timeout_ms": 5000, "input_mapping": {"sleep_ms": 50}},
                            {"id": "nap", "type": "sleepy", "timeout_ms": 300, "depends_on": ["first"],
                             "input_mapping": {"sleep_ms": 4000}}]}
                """).status()).isEqualTo(201);

        long start = System.nanoTime();
        Reply run = runDraft("hang-late", "{}");
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(run.body().path("status").asText()).as(run.text()).isEqualTo("failed");
        assertThat(run.body().path("error").path("code").asText()).isEqualTo("timeout");
        assertThat(run.body().path("error").path("stage").asText()).isEqualTo("nap");
        assertThat(tookMs).isLessThan(2500);
    }

    @Test
    void anAsynchronousOperatorRunsWithoutAThreadAndIsHeldToItsTimeout() throws Exception {
        assertThat(create("""
                {"id": "later", "name": "Later", "version": "1.0.0",
                 "input_schema": {"type": "object", "properties": {"delay": {"type": "integer"}}},
                 "stages": [{"id": "up", "type": "later_upper", "timeout_ms": 500,
                             "input_mapping": {"text": "quiet", "delay_ms": "{{input.delay}}"}}]}
                """).status()).isEqualTo(201);

        Reply quick = runDraft("later", "{\"delay\": 20}");
        assertThat(quick.body().path("status").asText()).as(quick.text()).isEqualTo("completed");
        assertThat(quick.body().path("result").path("text").asText()).isEqualTo("QUIET");

        Reply slow = runDraft("later", "{\"delay\": 3000}");
        assertThat(slow.body().path("status").asText()).isEqualTo("failed");
        assertThat(slow.body().path("error").path("code").asText()).isEqualTo("timeout");
    }

    @Test
    void theCoreLoopRunsAComponentPerItemWithItsOwnTemplatesInItemOrder() throws Exception {
        assertThat(create("""
                {"id": "each", "name": "Each", "version": "1.0.0",
                 "input_schema": {"type": "object", "properties": {"words": {"type": "array"}}},
                 "stages": [{"id": "all", "type": "loop", "input_mapping": {"items": "{{input.words}}", "component": "text_upper",
                             "input_mapping": {"text": "{{item}} #{{index}} of {{context.pipeline_id}}"}, "max_concurrency": 2}}]}
                """).status()).isEqualTo(201);

        Reply run = runDraft("each", "{\"words\": [\"ant\", \"bee\", \"cat\"]}");

        assertThat(run.body().path("status").asText()).as(run.text()).isEqualTo("completed");
        assertThat(run.body().path("result").path("results").toString())
                .isEqualTo("[{\"text\":\"ANT #0 OF EACH\"},{\"text\":\"BEE #1 OF EACH\"},{\"text\":\"CAT #2 OF EACH\"}]");
    }

    @Test
    void aComponentALoopCallsGetsItsSchemaDefaultsAsAStageDoes() throws Exception {
        assertThat(create("""
                {"id": "joined", "name": "Joined", "version": "1.0.0",
                 "input_schema": {"type": "object", "properties": {"groups": {"type": "array"}}},
                 "stages": [{"id": "all", "type": "loop", "input_mapping": {"items": "{{input.groups}}", "component": "concat",
                             "input_mapping": {"parts": "{{item}}"}}}]}
                """).status()).isEqualTo(201);

        Reply run = runDraft("joined", "{\"groups\": [[\"x\", \"y\"], [\"z\"]]}");

        assertThat(run.body().path("status").asText()).as(run.text()).isEqualTo("completed");
        assertThat(run.body().path("result").path("results").toString()).as("separator ' ' and times 1 are concat's defaults")
                .isEqualTo("[{\"text\":\"x y\"},{\"text\":\"z\"}]");

        assertThat(create("""
                {"id": "unjoined", "name": "Unjoined", "version": "1.0.0",
                 "stages": [{"id": "all", "type": "loop", "input_mapping": {"items": [1], "component": "concat",
                             "input_mapping": {"separator": "-"}}}]}
                """).status()).isEqualTo(201);
        Reply refused = runDraft("unjoined", "{}");
        assertThat(refused.body().path("status").asText()).as(refused.text()).isEqualTo("failed");
        assertThat(refused.body().path("error").path("message").asText()).as("the loop sees the API's exception, no internal type")
                .contains("loop: item 0:", "parts").doesNotContain("Failures", "io.flowmason.executor.internal");
    }

    @Test
    void aLoopOverWaitingNodesWaitsForThemAllAtOnceNotOneAfterAnother() throws Exception {
        assertThat(create("""
                {"id": "fan", "name": "Fan", "version": "1.0.0",
                 "stages": [{"id": "all", "type": "loop", "provider": "fake", "input_mapping": {"items": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
                             "component": "echo_node", "input_mapping": {"prompt": "[wait 400] item {{item}}"}, "max_concurrency": 10}}]}
                """).status()).isEqualTo(201);

        long start = System.nanoTime();
        Reply run = runDraft("fan", "{}");
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(run.body().path("status").asText()).as(run.text()).isEqualTo("completed");
        assertThat(run.body().path("result").path("results").get(9).path("content").asText()).isEqualTo("echo: item 10");
        assertThat(tookMs).isLessThan(2000);
    }

    @Test
    void outputThatBreaksTheComponentsSchemaFailsTheStage() throws Exception {
        assertThat(create("""
                {"id": "liar", "name": "Liar", "version": "1.0.0",
                 "stages": [{"id": "lie", "type": "bad_output", "input_mapping": {"text": "x"}}]}
                """).status()).isEqualTo(201);

        Reply run = runDraft("liar", "{}");

        assertThat(run.body().path("status").asText()).isEqualTo("failed");
        assertThat(run.body().path("error").path("code").asText()).isEqualTo("invalid_output");
        assertThat(run.body().path("error").path("message").asText()).contains("lie", "bad_output", "value");
    }

    @Test
    void retryableFailuresAreTriedAgainUpToTheStagesPolicy() throws Exception {
        assertThat(create("""
                {"id": "retry", "name": "Retry", "version": "1.0.0",
                 "input_schema": {"type": "object", "properties": {"key": {"type": "string"}}},
                 "stages": [{"id": "try", "type": "flaky", "retry": {"max_attempts": 3, "backoff_ms": 10},
                             "input_mapping": {"key": "{{input.key}}", "failures": 2}}]}
                """).status()).isEqualTo(201);

        Reply run = runDraft("retry", "{\"key\": \"twice\"}");
        assertThat(run.body().path("status").asText()).as(run.text()).isEqualTo("completed");
        assertThat(run.body().path("result").path("calls").asInt()).isEqualTo(3);
        JsonNode tried = span(run.body().path("run_id").asText(), "try");
        assertThat(tried.path("attempts").asInt()).isEqualTo(3);
        assertThat(tried.path("logs").toString()).contains("trying again");

        assertThat(api.put("/api/pipelines/retry", """
                {"id": "retry", "name": "Retry", "version": "1.0.0",
                 "input_schema": {"type": "object", "properties": {"key": {"type": "string"}}},
                 "stages": [{"id": "try", "type": "flaky", "retry": {"max_attempts": 2, "backoff_ms": 10},
                             "input_mapping": {"key": "{{input.key}}", "failures": 5}}]}
                """).status()).isEqualTo(200);
        Reply exhausted = runDraft("retry", "{\"key\": \"many\"}");
        assertThat(exhausted.body().path("status").asText()).isEqualTo("failed");
        assertThat(span(exhausted.body().path("run_id").asText(), "try").path("attempts").asInt()).isEqualTo(2);
    }

    @Test
    void aNodeRunsThroughItsProviderAndCountsTheTokens() throws Exception {
        assertThat(create("""
                {"id": "talk", "name": "Talk", "version": "1.0.0",
                 "stages": [{"id": "say", "type": "echo_node", "provider": "fake", "input_mapping": {"prompt": "{{input.prompt}}"}}]}
                """).status()).isEqualTo(201);

        Reply run = runDraft("talk", "{\"prompt\": \"hello big world\"}");

        assertThat(run.body().path("status").asText()).as(run.text()).isEqualTo("completed");
        assertThat(run.body().path("result").path("content").asText()).isEqualTo("echo: hello big world");
        JsonNode usage = run.body().path("usage");
        assertThat(usage.path("input_tokens").asLong()).isEqualTo(3);
        assertThat(usage.path("output_tokens").asLong()).isEqualTo(4);
        assertThat(usage.path("total_tokens").asLong()).isEqualTo(7);
        assertThat(usage.path("cost_usd").asDouble()).isEqualTo(0.007);
    }

    @Test
    @Order(2)
    void aPublishedVersionKeepsItsComponentVersionWhileDraftsTakeTheNewest() throws Exception {
        assertThat(create("""
                {"id": "greet", "name": "Greet", "version": "1.0.0",
                 "stages": [{"id": "hi", "type": "sample_greeter", "input_mapping": {"names": ["Ada"]}}]}
                """).status()).isEqualTo(201);
        assertThat(api.post("/api/pipelines/greet/publish", "").status()).isEqualTo(201);
        assertThat(api.post("/api/pipelines/greet/publish", "").errorCode()).isEqualTo("version_exists");

        drop(Path.of(System.getProperty("sample.package.1.1.0")), "greeter-1.1.0.fmpkg");
        Eventually.await(Duration.ofSeconds(20), "1.1.0 is listed", () -> {
            try {
                return api.get("/api/registry/components/sample_greeter").body().path("version").asText().equals("1.1.0");
            } catch (Exception e) {
                return false;
            }
        });

        Reply published = api.post("/api/pipelines/greet/run", "{}");
        assertThat(span(published.body().path("run_id").asText(), "hi").path("component_version").asText()).isEqualTo("1.0.0");
        Reply draft = runDraft("greet", "{}");
        assertThat(span(draft.body().path("run_id").asText(), "hi").path("component_version").asText()).isEqualTo("1.1.0");

        Reply locked = api.delete("/api/registry/components/sample_greeter/1.0.0");
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.errorCode()).isEqualTo("package_in_use");
        assertThat(locked.body().path("error").path("message").asText()).contains("greet@1.0.0");
    }

    /** First, so that sample_greeter 1.1.0 arrives fresh rather than replacing a copy another test left. */
    @Test
    @Order(1)
    void aComponentRemovedWhileAPipelineUsesItFailsThatRunClearlyAndLaterRunsResolveAgain() throws Exception {
        drop(Path.of(System.getProperty("sample.package.1.1.0")), "greeter-1.1.0.fmpkg");
        Eventually.await(Duration.ofSeconds(20), "1.1.0 is listed", () -> {
            try {
                return api.get("/api/registry/components/sample_greeter?version=%3D1.1.0").status() == 200;
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(create("""
                {"id": "vanish", "name": "Vanish", "version": "1.0.0",
                 "stages": [
                   {"id": "wait", "type": "sleepy", "input_mapping": {"sleep_ms": 1500}},
                   {"id": "hi", "type": "sample_greeter", "depends_on": ["wait"], "input_mapping": {"names": ["Bo"]}}
                 ]}
                """).status()).isEqualTo(201);

        Reply accepted = api.post("/api/pipelines/vanish/run?version=draft&async=true", "{}");
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
        String runId = accepted.body().path("run_id").asText();
        Thread.sleep(300);
        Files.delete(instance.deployDir().resolve("greeter-1.1.0.fmpkg"));

        List<String> statuses = new ArrayList<>();
        Eventually.await(Duration.ofSeconds(20), "the run has finished", () -> {
            try {
                String status = api.get("/api/runs/" + runId).body().path("status").asText();
                statuses.add(status);
                return status.equals("completed") || status.equals("failed");
            } catch (Exception e) {
                return false;
            }
        });
        JsonNode finished = api.get("/api/runs/" + runId).body();
        assertThat(finished.path("status").asText()).isEqualTo("failed");
        assertThat(finished.path("error").path("stage").asText()).isEqualTo("hi");
        assertThat(finished.path("error").path("code").asText()).isEqualTo("component_unavailable");
        assertThat(finished.path("error").path("message").asText()).contains("sample_greeter 1.1.0");

        Reply again = runDraft("vanish", "{}");
        assertThat(again.body().path("status").asText()).as(again.text()).isEqualTo("completed");
        assertThat(span(again.body().path("run_id").asText(), "hi").path("component_version").asText()).isEqualTo("1.0.0");
    }
}
