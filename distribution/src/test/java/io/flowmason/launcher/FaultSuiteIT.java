package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowmason.launcher.Api.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packages written to misbehave, run on the assembled instance with its default JVM options and
 * limits: each fault fails its own run, naming the stage and the code, within its timeout plus a
 * second, and afterwards the instance still answers and runs another pipeline. The instance never
 * exits, but for a component that allocates without end (the last test, on an instance of its own).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {

    private static final String KEY = "fault-suite-owner-key-0123456789";
    private static final long TIMEOUT_MS = 20_000;
    private static final long MIB = 1024 * 1024;

    @TempDir
    static Path work;

    static DistributionProcess instance;
    static Api api;

    @BeforeAll
    static void start() throws Exception {
        int port = Http.freePort();
        instance = DistributionProcess.startWithTestPackage(work.resolve("instance"), port, KEY);
        api = new Api(port, KEY);
        create("healthy", "{\"id\": \"up\", \"type\": \"text_upper\", \"input_mapping\": {\"text\": \"{{input.text}}\"}}");
        create("big", "{\"id\": \"big\", \"type\": \"big_output\", \"timeout_ms\": " + TIMEOUT_MS
                + ", \"input_mapping\": {\"bytes\": \"{{input.bytes}}\", \"shape\": \"{{input.shape}}\"}}");
        create("wrong-type", "{\"id\": \"count\", \"type\": \"wrong_type_output\", \"input_mapping\": {\"word\": \"hello\"}}");
    }

    @AfterAll
    static void stop() {
        if (instance != null) {
            instance.close();
        }
    }

    private static void create(String id, String... stages) throws Exception {
        Reply created = api.post("/api/pipelines", "{\"id\": \"" + id + "\", \"name\": \"" + id + "\", \"version\": \"1.0.0\","
                + " \"stages\": [" + String.join(",", stages) + "]}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    private static Reply run(String id, String input) throws Exception {
        return api.post("/api/pipelines/" + id + "/run?version=draft", input);
    }

    /** Runs the pipeline and checks the run failed at {@code stage} with {@code code} within its timeout plus a second. */
    private static JsonNode failsWith(String id, String input, String stage, String code) throws Exception {
        return failsWith(id, input, stage, code, TIMEOUT_MS);
    }

    private static JsonNode failsWith(String id, String input, String stage, String code, long timeoutMs) throws Exception {
        long started = System.nanoTime();
        Reply run = run(id, input);
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        assertThat(run.body().path("status").asText()).as(run.text()).isEqualTo("failed");
        assertThat(run.body().path("error").path("stage").asText(null)).as(run.text()).isEqualTo(stage);
        assertThat(run.body().path("error").path("code").asText()).as(run.text()).isEqualTo(code);
        assertThat(tookMs).as("answered within the stage's timeout plus a second").isLessThan(timeoutMs + 1_000);
        return run.body();
    }

    /** The instance answers its health check and runs another pipeline to completion. */
    private static void stillServes() throws Exception {
        assertThat(api.get("/api/health").status()).isEqualTo(200);
        Reply healthy = run("healthy", "{\"text\": \"still here\"}");
        assertThat(healthy.body().path("status").asText()).as(healthy.text()).isEqualTo("completed");
        assertThat(healthy.body().path("result").path("text").asText()).isEqualTo("STILL HERE");
    }

    @Test
    @Order(1)
    void aThirtyMebibyteOutputFailsItsStage() throws Exception {
        JsonNode failed = failsWith("big", "{\"bytes\": " + 30 * MIB + ", \"shape\": \"text\"}", "big", "output_too_large");

        assertThat(failed.path("error").path("message").asText()).contains("stage big", "big_output 1.0.0",
                (30 * MIB + 22) + " bytes", "limit of 4194304 bytes", "FLOWMASON_MAX_STAGE_OUTPUT_BYTES");
        stillServes();
    }

    @Test
    @Order(2)
    void aTwoHundredMebibyteOutputFailsItsStage() throws Exception {
        JsonNode failed = failsWith("big", "{\"bytes\": " + 200 * MIB + ", \"shape\": \"text\"}", "big", "output_too_large");

        assertThat(failed.path("error").path("message").asText()).contains("more than 67108864 bytes");
        stillServes();
    }

    @Test
    @Order(3)
    void aTwoHundredMebibyteOutputMadeOfSharedTextIsMeasuredNotCopied() throws Exception {
        failsWith("big", "{\"bytes\": " + 200 * MIB + ", \"shape\": \"list\"}", "big", "output_too_large");
        stillServes();
    }

    @Test
    @Order(4)
    void sixtyFourConcurrentRunsOfATenMebibyteOutputEachFailAlone() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(64);
        try {
            List<Future<JsonNode>> runs = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                runs.add(callers.submit(() -> failsWith("big", "{\"bytes\": " + 10 * MIB + ", \"shape\": \"text\"}", "big",
                        "output_too_large")));
            }
            for (Future<JsonNode> run : runs) {
                assertThat(run.get().path("error").path("message").asText()).contains((10 * MIB + 22) + " bytes");
            }
        } finally {
            callers.shutdownNow();
        }
        stillServes();
    }

    @Test
    @Order(5)
    void anOutputWithinTheLimitCompletesAndTheTraceKeepsAPreviewOfIt() throws Exception {
        Reply run = run("big", "{\"bytes\": " + 3 * MIB + ", \"shape\": \"text\"}");

        assertThat(run.body().path("status").asText()).as(run.text()).isEqualTo("completed");
        assertThat(run.body().path("result").path("text").asText()).hasSize((int) (3 * MIB));
        Reply trace = api.get("/api/runs/" + run.body().path("run_id").asText() + "/trace");
        JsonNode output = trace.body().path("spans").get(0).path("output");
        assertThat(output.path("truncated").asBoolean()).as(output.toString()).isTrue();
        assertThat(output.path("size_bytes").asLong()).isEqualTo(3 * MIB + 22);
        assertThat(output.path("preview").asText()).startsWith("{\"text\":\"xxx").hasSize(16 * 1024);
        assertThat(trace.text().length()).as("the trace holds a preview, not the output").isLessThan(64 * 1024);
        stillServes();
    }

    @Test
    @Order(6)
    void aResultOverItsLimitFailsTheRun() throws Exception {
        Reply created = api.post("/api/pipelines", "{\"id\": \"big-result\", \"name\": \"big-result\", \"version\": \"1.0.0\","
                + " \"stages\": [{\"id\": \"a\", \"type\": \"big_output\", \"input_mapping\": {\"bytes\": " + 3 * MIB + "}},"
                + " {\"id\": \"b\", \"type\": \"big_output\", \"input_mapping\": {\"bytes\": " + 3 * MIB + "}}],"
                + " \"output\": {\"first\": \"{{upstream.a.text}}\", \"second\": \"{{upstream.b.text}}\"}}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);

        JsonNode failed = failsWith("big-result", "{}", null, "output_too_large");

        assertThat(failed.path("error").path("message").asText()).contains("the run's result is", "FLOWMASON_MAX_RESULT_BYTES");
        assertThat(failed.path("result").isNull()).isTrue();
        stillServes();
    }

    @Test
    @Order(7)
    void anOutputThatDoesNotConvertToItsRecordIsAnInvalidOutputNamingTheField() throws Exception {
        JsonNode failed = failsWith("wrong-type", "{}", "count", "invalid_output");

        assertThat(failed.path("error").path("message").asText()).contains("wrong_type_output 1.0.0", "/counts/hello",
                "java.lang.String cannot be cast to class java.lang.Integer");
        stillServes();
    }

    @Test
    @Order(8)
    void aLoopGatheringLargeOutputsFailsItsStageBeforeTheHeapFills() throws Exception {
        create("gather", "{\"id\": \"loop\", \"type\": \"loop\", \"timeout_ms\": " + TIMEOUT_MS + ", \"input_mapping\": {"
                + "\"items\": \"{{input.items}}\", \"component\": \"big_output\", \"max_concurrency\": 2,"
                + " \"input_mapping\": {\"bytes\": 4000000}}}");

        JsonNode failed = failsWith("gather", "{\"items\": " + java.util.Collections.nCopies(40, 1) + "}", "loop",
                "output_too_large");

        assertThat(failed.path("error").path("message").asText()).contains("the calls stage loop made to other components",
                "more than 67108864 bytes");
        stillServes();
    }

    @Test
    @Order(9)
    void systemExitFailsItsStageInsteadOfEndingTheInstance() throws Exception {
        create("exit", "{\"id\": \"quit\", \"type\": \"exit_call\", \"input_mapping\": {\"code\": 1}}");

        JsonNode failed = failsWith("exit", "{}", "quit", "forbidden_call");

        assertThat(failed.path("error").path("message").asText()).contains("System.exit(1)");
        stillServes();
    }

    @Test
    @Order(10)
    void runtimeHaltAndRuntimeExitFailTheirStages() throws Exception {
        create("halt", "{\"id\": \"halt\", \"type\": \"halt_call\", \"input_mapping\": {\"code\": 2}}");
        create("runtime-exit", "{\"id\": \"quit\", \"type\": \"runtime_exit_call\", \"input_mapping\": {\"code\": 3}}");

        assertThat(failsWith("halt", "{}", "halt", "forbidden_call").path("error").path("message").asText())
                .contains("Runtime.halt(2)");
        assertThat(failsWith("runtime-exit", "{}", "quit", "forbidden_call").path("error").path("message").asText())
                .contains("Runtime.exit(3)");
        stillServes();
    }

    @Test
    @Order(11)
    void aSpinningStageFailsAtItsTimeoutAndIsCountedAsAbandoned() throws Exception {
        create("spin", "{\"id\": \"spin\", \"type\": \"spin\", \"timeout_ms\": 2000, \"input_mapping\": {\"spin_ms\": 6000}}");

        failsWith("spin", "{}", "spin", "timeout", 2_000);

        stillServes();
        Eventually.await(Duration.ofSeconds(10), "the spinning thread is counted as abandoned", () -> {
            try {
                return api.get("/api/registry/components/spin").body().path("abandoned_threads").path("total").asInt() == 1;
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    @Order(100)
    void aComponentThatAllocatesWithoutEndEndsTheInstanceAndTheLogSaysWhy() throws Exception {
        int port = Http.freePort();
        try (DistributionProcess own = DistributionProcess.startWithTestPackage(work.resolve("allocating"), port, KEY)) {
            Api allocating = new Api(port, KEY);
            Reply created = allocating.post("/api/pipelines", "{\"id\": \"hog\", \"name\": \"hog\", \"version\": \"1.0.0\","
                    + " \"stages\": [{\"id\": \"hog\", \"type\": \"allocate_forever\", \"input_mapping\": {}}]}");
            assertThat(created.status()).as(created.text()).isEqualTo(201);
            try {
                allocating.post("/api/pipelines/hog/run?version=draft", "{}");
            } catch (java.io.IOException closed) {
                // the instance ends while the run is under way
            }

            assertThat(own.awaitExit(Duration.ofSeconds(60))).isEqualTo(3);
            assertThat(own.stdout() + own.stderr()).contains("OutOfMemoryError");
        }
    }
}
