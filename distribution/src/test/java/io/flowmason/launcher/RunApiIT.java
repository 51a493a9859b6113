package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.flowmason.launcher.Api.Reply;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pipelines and runs over HTTP against the assembled instance in its own process: create, publish,
 * run synchronously and asynchronously with a webhook, read traces, refuse bad pipelines and bad
 * input, and keep every acknowledged run across {@code kill -9}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunApiIT {

    private static final String KEY = "run-api-owner-key-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHOUT = """
            {"id": "shout", "name": "Shout", "version": "1.0.0",
             "input_schema": {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]},
             "stages": [
               {"id": "upper", "type": "text_upper", "input_mapping": {"text": "{{input.text}}"}},
               {"id": "count", "type": "word_count", "input_mapping": {"text": "{{upstream.upper.text}}"}},
               {"id": "join", "type": "concat", "input_mapping": {"parts": ["{{upstream.upper.text}}", "{{upstream.count.words}}"]}}
             ],
             "output": {"shout": "{{upstream.join.text}}", "words": "{{upstream.count.words}}"}}
            """;

    @TempDir
    static Path work;

    static int port;
    static DistributionProcess instance;
    static Api api;

    @BeforeAll
    static void start() throws Exception {
        port = Http.freePort();
        instance = DistributionProcess.startWithTestPackage(work, port, KEY);
        api = new Api(port, KEY);
    }

    private static void launch() throws Exception {
        instance = DistributionProcess.start(work, port, KEY);
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static List<String> errorTypes(Reply reply) {
        return StreamSupport.stream(reply.body().path("error").path("details").spliterator(), false)
                .map(d -> d.path("error_type").asText()).toList();
    }

    @Test
    @Order(1)
    void aPipelineThatCannotRunIsRefusedWithEveryProblemAndASuggestionForEach() throws Exception {
        Reply refused = api.post("/api/pipelines", """
                {"id": "broken", "name": "Broken", "version": "1.0.0",
                 "input_schema": {"type": "object", "properties": {"ticket_text": {"type": "string"}}},
                 "stages": [
                   {"id": "a", "type": "text_uper", "input_mapping": {"text": "x"}},
                   {"id": "b", "type": "word_count", "input_mapping": {"text": "{{input.ticket_txt}}"}},
                   {"id": "c", "type": "concat", "input_mapping": {"separator": "-"}},
                   {"id": "d", "type": "text_upper", "input_mapping": {"text": "{{upstream.e.text}}"}},
                   {"id": "e", "type": "text_upper", "input_mapping": {"text": "{{upstream.d.text}}"}},
                   {"id": "f", "type": "text_upper", "input_mapping": {"text": "{{upstream.nowhere.text}}"}}
                 ]}
                """);

        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.errorCode()).isEqualTo("invalid_pipeline");
        assertThat(errorTypes(refused)).contains("unknown_component", "invalid_template", "missing_required", "cycle", "unknown_stage");
        String details = refused.body().path("error").path("details").toString();
        assertThat(details).contains("text_upper", "ticket_text", "parts");
        assertThat(api.get("/api/pipelines/broken").status()).isEqualTo(404);
    }

    @Test
    @Order(2)
    void unknownPipelinesAre404AndUnpublishedOnes409() throws Exception {
        Reply unknown = api.post("/api/pipelines/nope/run", "{}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("pipeline_not_found");

        assertThat(api.post("/api/pipelines", SHOUT).status()).isEqualTo(201);
        Reply unpublished = api.post("/api/pipelines/shout/run", "{\"text\": \"hi\"}");
        assertThat(unpublished.status()).isEqualTo(409);
        assertThat(unpublished.errorCode()).isEqualTo("pipeline_not_published");
        assertThat(api.post("/api/pipelines", SHOUT).status()).isEqualTo(409);
    }

    @Test
    @Order(3)
    void aPublishedPipelineRunsSynchronouslyAndRefusesBadInput() throws Exception {
        assertThat(api.post("/api/pipelines/shout/publish", "").status()).isEqualTo(201);
        assertThat(api.get("/api/pipelines/shout/versions").body().path("versions").get(0).path("version").asText())
                .isEqualTo("1.0.0");

        Reply run = api.post("/api/pipelines/shout/run", "{\"text\": \"one two\"}");
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        assertThat(run.body().path("result").path("shout").asText()).isEqualTo("ONE TWO 2");
        assertThat(run.body().path("usage").has("cost_usd")).isTrue();
        Reply trace = api.get(run.body().path("trace_url").asText());
        assertThat(trace.body().path("spans")).hasSize(3);

        Reply bad = api.post("/api/pipelines/shout/run", "{\"txt\": \"one\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.errorCode()).isEqualTo("invalid_input");
        assertThat(bad.body().path("error").path("message").asText()).contains("text");
        Reply tooLarge = api.post("/api/pipelines/shout/run", "{\"text\": \"" + "x".repeat(1_100_000) + "\"}");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.errorCode()).isEqualTo("request_too_large");
        assertThat(api.get("/api/runs?pipeline_id=shout").body().path("total").asInt()).isEqualTo(1);
        Reply notJson = api.post("/api/pipelines/shout/run", "{\"text\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.errorCode()).isEqualTo("invalid_json");
        assertThat(notJson.body().path("error").path("message").asText()).contains("line 1, column");
        Reply badFlag = api.post("/api/pipelines/shout/run?async=maybe", "{\"text\": \"one\"}");
        assertThat(badFlag.status()).isEqualTo(400);
        assertThat(badFlag.errorCode()).isEqualTo("invalid_parameter");
        assertThat(api.get("/api/runs?pipeline_id=shout").body().path("total").asInt()).as("refused runs leave no record").isEqualTo(1);
    }

    @Test
    @Order(4)
    void anAsynchronousRunIsAcceptedPolledAndDeliveredToItsWebhook() throws Exception {
        BlockingQueue<String> delivered = new LinkedBlockingQueue<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            delivered.add(new String(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            Reply accepted = api.post("/api/pipelines/shout/run", "{\"text\": \"a b c\"}", "Prefer", "respond-async",
                    "X-Webhook-Url", hook);
            assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
            String runId = accepted.body().path("run_id").asText();
            assertThat(accepted.body().path("status_url").asText()).isEqualTo("/api/runs/" + runId);

            String body = delivered.poll(10, TimeUnit.SECONDS);
            assertThat(body).isNotNull();
            JsonNode envelope = JSON.readTree(body);
            assertThat(envelope.path("run_id").asText()).isEqualTo(runId);
            assertThat(envelope.path("status").asText()).isEqualTo("completed");
            assertThat(envelope.path("result").path("shout").asText()).isEqualTo("A B C 3");
            assertThat(api.get("/api/runs/" + runId).body().path("status").asText()).isEqualTo("completed");
        } finally {
            receiver.stop(0);
        }
        Reply listed = api.get("/api/runs?pipeline_id=shout&status=completed&limit=2");
        assertThat(listed.body().path("runs")).hasSize(2);
        assertThat(listed.body().path("total").asInt()).isEqualTo(2);
    }

    @Test
    @Order(5)
    void killingTheProcessUnderLoadLosesNoAcknowledgedRunAndFailsTheInterruptedOnes() throws Exception {
        assertThat(api.post("/api/pipelines", """
                {"id": "slow", "name": "Slow", "version": "1.0.0",
                 "stages": [{"id": "nap", "type": "sleepy", "input_mapping": {"sleep_ms": 30000}, "timeout_ms": 60000}]}
                """).status()).isEqualTo(201);
        Reply inFlight = api.post("/api/pipelines/slow/run?version=draft&async=true", "{}");
        assertThat(inFlight.status()).isEqualTo(202);

        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean load = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8; i++) {
            int client = i;
            clients.submit(() -> {
                Api mine = new Api(port, KEY);
                for (int n = 0; load.get(); n++) {
                    try {
                        Reply run = mine.post("/api/pipelines/shout/run", "{\"text\": \"client " + client + " run " + n + "\"}");
                        if (run.status() == 200) {
                            acknowledged.add(run.body().path("run_id").asText());
                        }
                    } catch (Exception connectionLost) {
                        return;
                    }
                }
            });
        }
        Thread.sleep(1500);
        instance.kill();
        load.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        List<String> acked = new ArrayList<>(acknowledged);
        assertThat(acked).hasSizeGreaterThan(20);

        launch();
        List<String> lost = new ArrayList<>();
        for (String runId : acked) {
            Reply run = api.get("/api/runs/" + runId);
            if (run.status() != 200 || !run.body().path("status").asText().equals("completed")) {
                lost.add(runId + " " + run.status());
            }
        }
        System.out.printf("kill -9 under load: %d runs acknowledged, %d lost%n", acked.size(), lost.size());
        assertThat(lost).isEmpty();

        JsonNode interrupted = api.get("/api/runs/" + inFlight.body().path("run_id").asText()).body();
        assertThat(interrupted.path("status").asText()).isEqualTo("failed");
        assertThat(interrupted.path("error").path("code").asText()).isEqualTo("instance_restarted");
    }
}
