package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowmason.launcher.Api.Reply;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.hooks.weaving.WeavingHook;
import org.osgi.framework.hooks.weaving.WovenClass;

/**
 * A package that calls System.exit, Runtime.halt or Runtime.exit (the test package's exit_call,
 * halt_call and runtime_exit_call) fails its stage with forbidden_call in a real framework, and the
 * instance goes on: the executor's weaving hook rewrote the calls as the package loaded its classes.
 * If the weaving ever stops working, these tests end the test JVM instead of failing politely.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ForbiddenCallIT {

    private static final String FIXTURES = "it-tests/fixtures";

    @TempDir
    static Path work;

    static InProcessInstance instance;
    static Api api;
    static JsonNode uploadAnswer;

    /** What the framework defines for each class of the fixture package, seen after every other weaving hook. */
    static final Map<String, Woven> woven = new ConcurrentHashMap<>();
    static ServiceRegistration<WeavingHook> observer;

    record Woven(boolean bytesAsInJar, List<String> dynamicImports) {
    }

    @BeforeAll
    static void start() throws Exception {
        instance = InProcessInstance.start(work);
        api = new Api(instance.port(), InProcessInstance.OWNER_KEY);
        observer = instance.context().registerService(WeavingHook.class, ForbiddenCallIT::observe,
                new Hashtable<>(Map.of(Constants.SERVICE_RANKING, Integer.MIN_VALUE)));
        HttpResponse<String> uploaded = Http.upload(instance.port(), "/api/packages/upload",
                Path.of(System.getProperty("test.package")), InProcessInstance.OWNER_KEY);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        uploadAnswer = Json.of(uploaded);
        awaitComponents();
        createPipelines();
    }

    @AfterAll
    static void stop() throws Exception {
        instance.close();
    }

    private static void observe(WovenClass wovenClass) {
        if (!FIXTURES.equals(wovenClass.getBundleWiring().getBundle().getHeaders("").get("FlowMason-Package"))) {
            return;
        }
        String entry = wovenClass.getClassName().replace('.', '/') + ".class";
        try (InputStream in = wovenClass.getBundleWiring().getBundle().getEntry(entry).openStream()) {
            woven.put(wovenClass.getClassName(), new Woven(Arrays.equals(in.readAllBytes(), wovenClass.getBytes()),
                    List.copyOf(wovenClass.getDynamicImports())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitComponents() throws InterruptedException {
        Eventually.await(Duration.ofSeconds(30), "the fixture components are listed", () -> listed("exit_call")
                && listed("halt_call") && listed("runtime_exit_call") && listed("text_upper"));
    }

    private static boolean listed(String type) {
        try {
            return api.get("/api/registry/components/" + type).status() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private static void createPipelines() throws Exception {
        for (String type : List.of("exit_call", "halt_call", "runtime_exit_call")) {
            Reply created = api.post("/api/pipelines", """
                    {"id": "%s", "name": "%s", "version": "1.0.0",
                     "input_schema": {"type": "object", "properties": {"code": {"type": "integer"}}},
                     "stages": [{"id": "quit", "type": "%s", "input_mapping": {"code": "{{input.code}}"}}]}
                    """.formatted(type.replace('_', '-'), type, type));
            assertThat(created.status()).as(created.text()).isEqualTo(201);
        }
        Reply created = api.post("/api/pipelines", """
                {"id": "still-here", "name": "Still here", "version": "1.0.0",
                 "stages": [{"id": "upper", "type": "text_upper", "input_mapping": {"text": "still here"}}],
                 "output": {"text": "{{upstream.upper.text}}"}}
                """);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    private static JsonNode run(String pipeline, int code) throws Exception {
        Reply run = api.post("/api/pipelines/" + pipeline + "/run?version=draft", "{\"code\": " + code + "}");
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        return run.body();
    }

    private static void assertForbidden(JsonNode run, String type, String caller, String call) throws Exception {
        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("failed");
        JsonNode error = run.path("error");
        assertThat(error.path("code").asText()).as(error.toString()).isEqualTo("forbidden_call");
        assertThat(error.path("stage").asText()).isEqualTo("quit");
        assertThat(error.path("message").asText()).isEqualTo("stage quit (" + type + "): " + caller + " called " + call
                + ": a package may not end the instance");
        assertStillServing();
    }

    private static void assertStillServing() throws Exception {
        assertThat(api.get("/api/health").status()).isEqualTo(200);
        JsonNode other = api.post("/api/pipelines/still-here/run?version=draft", "{}").body();
        assertThat(other.path("status").asText()).as(other.toString()).isEqualTo("completed");
        assertThat(other.path("result").path("text").asText()).isEqualTo("STILL HERE");
    }

    @Test
    @Order(1)
    void theUploadAnswerWarnsOfEachCallAndStillInstallsThePackage() {
        assertThat(uploadAnswer.path("package").path("name").asText()).isEqualTo(FIXTURES);
        assertThat(uploadAnswer.path("warnings").toString()).contains(
                "io.flowmason.testpackage.ExitCall.execute calls System.exit: the instance turns the call into a failed stage"
                        + " (forbidden_call) instead of ending",
                "io.flowmason.testpackage.HaltCall.execute calls Runtime.halt",
                "io.flowmason.testpackage.RuntimeExitCall.lambda$execute$0 calls Runtime.exit");
        assertThat(uploadAnswer.path("warnings").size()).isEqualTo(3);
    }

    @Test
    @Order(2)
    void systemExitFailsTheStageWithForbiddenCall() throws Exception {
        assertForbidden(run("exit-call", 3), "exit_call", "io.flowmason.testpackage.ExitCall.execute", "System.exit(3)");
    }

    @Test
    @Order(3)
    void runtimeHaltFailsTheStageEvenBehindCatchException() throws Exception {
        assertForbidden(run("halt-call", 4), "halt_call", "io.flowmason.testpackage.HaltCall.execute", "Runtime.halt(4)");
    }

    @Test
    @Order(4)
    void runtimeExitInAnAsynchronousCompletionFailsTheStageToo() throws Exception {
        assertForbidden(run("runtime-exit-call", 5), "runtime_exit_call", "io.flowmason.testpackage.RuntimeExitCall.lambda$execute$0",
                "Runtime.exit(5)");
    }

    @Test
    @Order(5)
    void onlyClassesWithSuchCallsAreRewrittenAndTheRestReachTheFrameworkByteForByte() {
        String dynamicImport = "io.flowmason.api.component;version=\"[1.1,2)\"";
        List<String> rewritten = List.of("io.flowmason.testpackage.ExitCall", "io.flowmason.testpackage.HaltCall",
                "io.flowmason.testpackage.RuntimeExitCall");
        assertThat(woven).containsKeys(rewritten.toArray(String[]::new)).containsKey("io.flowmason.testpackage.TextUpper");
        woven.forEach((name, seen) -> {
            assertThat(seen.bytesAsInJar()).as(name).isEqualTo(!rewritten.contains(name));
            assertThat(seen.dynamicImports().contains(dynamicImport)).as(name).isEqualTo(rewritten.contains(name));
        });
    }

    @Test
    @Order(6)
    void afterARestartThePackageRestoredAtStartIsRewrittenToo() throws Exception {
        observer.unregister();
        instance.close();
        instance = InProcessInstance.start(work);
        api = new Api(instance.port(), InProcessInstance.OWNER_KEY);
        awaitComponents();

        assertForbidden(run("exit-call", 6), "exit_call", "io.flowmason.testpackage.ExitCall.execute", "System.exit(6)");
    }
}
