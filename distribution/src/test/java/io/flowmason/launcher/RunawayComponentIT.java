package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowmason.launcher.Api.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A component that ignores interrupts, in a real framework over real HTTP: its abandoned stage threads
 * are counted with their CPU, it is quarantined after three, runs that need it then fail without
 * calling it, and an admin enables and disables it; a disabled version stays disabled after a restart.
 * The {@code spin} fixture busy-loops for {@code spin_ms} and then returns, so the machine recovers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunawayComponentIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SPIN = "/api/registry/components/spin";

    @TempDir
    static Path work;

    static InProcessInstance instance;
    static Api api;

    @BeforeAll
    static void start() throws Exception {
        startInstance();
        Path staged = Files.copy(Path.of(System.getProperty("test.package")), work.resolve("it-fixtures-1.0.0.fmpkg"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.move(staged, instance.deployDir().resolve("it-fixtures-1.0.0.fmpkg"), StandardCopyOption.ATOMIC_MOVE);
        awaitSpinListed();
        assertThat(api.post("/api/pipelines", """
                {"id": "runaway", "name": "Runaway", "version": "1.0.0",
                 "stages": [{"id": "burn", "type": "spin", "timeout_ms": 300, "input_mapping": {"spin_ms": "{{input.spin_ms}}"}}]}
                """).status()).isEqualTo(201);
        assertThat(api.post("/api/pipelines", """
                {"id": "nested", "name": "Nested", "version": "1.0.0",
                 "stages": [{"id": "each", "type": "loop", "timeout_ms": 5000,
                             "input_mapping": {"items": [1], "component": "spin@1.0.0", "input_mapping": {"spin_ms": 5}}}]}
                """).status()).isEqualTo(201);
    }

    @AfterAll
    static void stop() throws Exception {
        if (instance != null) {
            instance.close();
        }
    }

    private static void startInstance() throws Exception {
        instance = InProcessInstance.start(work);
        api = new Api(instance.port(), InProcessInstance.OWNER_KEY);
    }

    private static void awaitSpinListed() throws InterruptedException {
        Eventually.await(WAIT, "spin is registered", () -> {
            try {
                return api.get(SPIN).status() == 200;
            } catch (Exception e) {
                return false;
            }
        });
    }

    private static Reply run(String pipeline, long spinMs) throws Exception {
        Reply run = api.post("/api/pipelines/" + pipeline + "/run?version=draft", "{\"spin_ms\": " + spinMs + "}");
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        return run;
    }

    private static JsonNode spin() throws Exception {
        Reply component = api.get(SPIN);
        assertThat(component.status()).as(component.text()).isEqualTo(200);
        return component.body();
    }

    private static long abandonedTotal() {
        try {
            return spin().path("abandoned_threads").path("total").asLong();
        } catch (Exception e) {
            return -1;
        }
    }

    private static Optional<JsonNode> inHealth() throws Exception {
        Reply health = api.get("/api/health");
        assertThat(health.status()).isEqualTo(200);
        return StreamSupport.stream(health.body().path("abandoned_threads").spliterator(), false)
                .filter(v -> "spin".equals(v.path("type").asText())).findFirst();
    }

    @Test
    @Order(1)
    void threeAbandonedThreadsAreCountedWithTheirCpuAndQuarantineTheVersion() throws Exception {
        assertThat(spin().path("state").asText()).isEqualTo("active");
        assertThat(spin().path("state_reason").isNull()).isTrue();
        for (int i = 1; i <= 3; i++) {
            Reply run = run("runaway", 6000);
            assertThat(run.body().path("status").asText()).isEqualTo("failed");
            assertThat(run.body().path("error").path("code").asText()).as(run.text()).isEqualTo("timeout");
            long expected = i;
            // a thread is charged once it still runs a second after its interrupt
            Eventually.await(WAIT, "abandonment " + i + " is counted", () -> abandonedTotal() == expected);
        }

        JsonNode threads = spin().path("abandoned_threads");
        assertThat(threads.path("running").asInt()).as(threads.toString()).isBetween(1, 3);
        assertThat(threads.path("since_enabled").asInt()).isEqualTo(3);
        JsonNode health = inHealth().orElseThrow(() -> new AssertionError("spin is not in /api/health's abandoned_threads"));
        assertThat(health.path("version").asText()).isEqualTo("1.0.0");
        assertThat(health.path("state").asText()).isEqualTo("quarantined");
        assertThat(health.path("running").asInt()).isPositive();
        assertThat(api.get("/api/health").body().path("status").asText()).isEqualTo("UP");
        Eventually.await(WAIT, "the abandoned threads' CPU time shows", () -> {
            try {
                return spin().path("abandoned_threads").path("cpu_ms").asLong() > 0;
            } catch (Exception e) {
                return false;
            }
        });

        JsonNode listed = StreamSupport.stream(api.get("/api/registry/components").body().path("components").spliterator(), false)
                .filter(c -> "spin".equals(c.path("type").asText())).findFirst().orElseThrow();
        assertThat(listed.path("state").asText()).isEqualTo("quarantined");
        assertThat(listed.path("state_reason").asText()).contains("3 stage threads were abandoned");
        assertThat(listed.path("abandoned_threads").path("total").asInt()).isEqualTo(3);

        Reply refused = run("runaway", 6000);
        assertThat(refused.body().path("status").asText()).isEqualTo("failed");
        JsonNode error = refused.body().path("error");
        assertThat(error.path("code").asText()).as(refused.text()).isEqualTo("component_quarantined");
        assertThat(error.path("message").asText()).contains("burn", "spin 1.0.0", "quarantined", "3 stage threads",
                "POST /api/registry/components/spin/1.0.0/enable");
        Thread.sleep(1500);
        assertThat(abandonedTotal()).as("the quarantined component was not called").isEqualTo(3);

        Reply nested = run("nested", 0);
        assertThat(nested.body().path("error").path("code").asText()).as(nested.text()).isEqualTo("component_quarantined");
        assertThat(nested.body().path("error").path("message").asText()).contains("each", "spin 1.0.0 is quarantined");
    }

    @Test
    @Order(2)
    void anAdminEnablesAndDisablesAVersionWithPackagesDeploy() throws Exception {
        Reply enabled = api.post(SPIN + "/1.0.0/enable", "");
        assertThat(enabled.status()).as(enabled.text()).isEqualTo(200);
        assertThat(enabled.body().path("type").asText()).isEqualTo("spin");
        assertThat(enabled.body().path("state").asText()).isEqualTo("active");
        assertThat(enabled.body().path("state_reason").isNull()).isTrue();
        assertThat(enabled.body().path("abandoned_threads").path("since_enabled").asInt()).isZero();
        assertThat(enabled.body().path("abandoned_threads").path("total").asInt()).as("the history stays visible").isEqualTo(3);
        Reply quick = run("runaway", 5);
        assertThat(quick.body().path("status").asText()).as(quick.text()).isEqualTo("completed");
        assertThat(run("nested", 0).body().path("status").asText()).isEqualTo("completed");

        Reply disabled = api.post(SPIN + "/1.0.0/disable", "{\"reason\": \"burns a core; fixed in 1.0.1\"}");
        assertThat(disabled.status()).as(disabled.text()).isEqualTo(200);
        assertThat(disabled.body().path("state").asText()).isEqualTo("disabled");
        assertThat(disabled.body().path("state_reason").asText()).isEqualTo("burns a core; fixed in 1.0.1");
        Reply refused = run("runaway", 5);
        assertThat(refused.body().path("error").path("code").asText()).as(refused.text()).isEqualTo("component_disabled");
        assertThat(refused.body().path("error").path("message").asText()).contains("burn", "spin 1.0.0 is disabled",
                "burns a core; fixed in 1.0.1", "/enable");
        assertThat(api.get("/api/audit?action=component.disable").text()).contains("spin 1.0.0", "burns a core");
        assertThat(api.get("/api/audit?action=component.enable").text()).contains("spin 1.0.0");

        Reply key = api.post("/api/keys", "{\"name\": \"runner\", \"permissions\": [\"pipelines:read\", \"pipelines:execute\"]}");
        assertThat(key.status()).as(key.text()).isEqualTo(201);
        Api runner = new Api(instance.port(), key.body().path("key").asText());
        assertThat(runner.get(SPIN).status()).isEqualTo(200);
        Reply forbidden = runner.post(SPIN + "/1.0.0/enable", "");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.errorCode()).isNotBlank();
        assertThat(runner.post(SPIN + "/1.0.0/disable", "").status()).isEqualTo(403);

        Reply unknownVersion = api.post(SPIN + "/9.9.9/disable", "");
        assertThat(unknownVersion.status()).isEqualTo(404);
        assertThat(unknownVersion.errorCode()).isEqualTo("component_not_found");
        assertThat(unknownVersion.body().path("error").path("suggestion").asText()).contains("lists its versions");
        assertThat(api.post("/api/registry/components/no_such_type/1.0.0/enable", "").status()).isEqualTo(404);
        assertThat(api.post(SPIN + "/1.0.0/disable", "{\"reason\": 7}").status()).isEqualTo(422);
        assertThat(spin().path("state").asText()).as("a refused request changes nothing").isEqualTo("disabled");
    }

    @Test
    @Order(3)
    void aDisabledVersionStaysDisabledAfterARestart() throws Exception {
        instance.close();
        instance = null;
        startInstance();
        awaitSpinListed();

        JsonNode spin = spin();
        assertThat(spin.path("state").asText()).isEqualTo("disabled");
        assertThat(spin.path("state_reason").asText()).isEqualTo("burns a core; fixed in 1.0.1");
        assertThat(run("runaway", 5).body().path("error").path("code").asText()).isEqualTo("component_disabled");

        assertThat(api.post(SPIN + "/1.0.0/enable", "").body().path("state").asText()).isEqualTo("active");
        assertThat(run("runaway", 5).body().path("status").asText()).isEqualTo("completed");
    }
}
