package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code bin/fm} against the assembled instance in its own process: a package deployed
 * and refused, the wrong key, an instance that is not there or in another environment, a pipeline
 * pushed, published, run, pulled and pushed back, runs, keys and packages. The tests build on one
 * another in their order (the pipeline uses the deployed package), on one instance for the class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FmRemoteIT {

    private static final String OWNER_KEY = "fm-remote-owner-key-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PIPELINE = """
            {
              "id": "greet-team",
              "name": "Greet the team",
              "version": "1.0.0",
              "input_schema": {"type": "object", "properties": {"names": {"type": "array", "items": {"type": "string"}}},
                               "required": ["names"]},
              "stages": [
                {"id": "greet", "type": "sample_greeter", "component_package": "samples/greeter@1.0.0",
                 "input_mapping": {"names": "{{input.names}}", "language": "FRENCH"}}
              ],
              "output": "{{upstream.greet.greetings}}"
            }
            """;

    @TempDir
    static Path work;

    static int port;
    static DistributionProcess instance;
    static String runId;

    @BeforeAll
    static void start() throws Exception {
        port = Http.freePort();
        instance = DistributionProcess.start(work.resolve("instance"), port, OWNER_KEY);
    }

    @AfterAll
    static void stop() throws Exception {
        instance.terminate();
    }

    /** fm with the instance and the owner key taken from FLOWMASON_INSTANCE and FLOWMASON_API_KEY. */
    private static CommandRun fm(String... args) throws Exception {
        return CommandRun.fm(work, Map.of("FLOWMASON_INSTANCE", "http://127.0.0.1:" + port, "FLOWMASON_API_KEY", OWNER_KEY), args);
    }

    private static Path sample(String version) {
        return Path.of(System.getProperty("sample.package." + version));
    }

    private static JsonNode json(CommandRun result) throws Exception {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return JSON.readTree(result.out());
    }

    @Test
    @Order(1)
    void deployUploadsThePackageWithProgressAndPrintsItsComponents() throws Exception {
        CommandRun deployed = fm("deploy", sample("1.0.0").toString(), "--env", "test");

        assertThat(deployed.exitCode()).as(deployed.toString()).isZero();
        assertThat(deployed.out()).contains("Deployed samples/greeter 1.0.0 to http://127.0.0.1:" + port + " (test)")
                .containsPattern("TYPE +VERSION +KIND\nsample_greeter +1\\.0\\.0 +operator\n");
        assertThat(deployed.err()).contains("Uploading ", "100%");
    }

    @Test
    @Order(2)
    void deployingTheSameVersionAgainIsRefusedWithTheInstancesMessage() throws Exception {
        CommandRun again = fm("deploy", sample("1.0.0").toString());

        assertThat(again.exitCode()).as(again.toString()).isEqualTo(1);
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).contains("fm: samples/greeter 1.0.0 is already installed", "HTTP 409, package_exists",
                "Suggestion: ");
    }

    @Test
    @Order(3)
    void aWrongKeyExitsWithFour() throws Exception {
        CommandRun refused = fm("deploy", sample("1.1.0").toString(), "--api-key", "not-the-key-0000000000");

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(4);
        assertThat(refused.err()).contains("The API key is not valid", "HTTP 401, invalid_api_key");
    }

    @Test
    @Order(4)
    void anInstanceThatIsNotThereExitsWithThreeNamingTheAddress() throws Exception {
        String nowhere = "http://127.0.0.1:" + Http.freePort();

        CommandRun unreachable = fm("deploy", sample("1.1.0").toString(), "--instance", nowhere);

        assertThat(unreachable.exitCode()).as(unreachable.toString()).isEqualTo(3);
        assertThat(unreachable.err()).contains("cannot reach the instance at " + nowhere, "--instance", "running");
    }

    @Test
    @Order(5)
    void anInstanceInAnotherEnvironmentIsRefusedBeforeAnythingIsUploaded() throws Exception {
        CommandRun refused = fm("deploy", sample("1.1.0").toString(), "--env", "production");

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(5);
        assertThat(refused.err()).contains("runs in the 'test' environment, not in 'production'");
        assertThat(refused.err()).doesNotContain("Uploading");
        assertThat(json(fm("packages", "list", "--json")).path("packages").toString()).doesNotContain("\"1.1.0\"");
    }

    @Test
    @Order(6)
    void aFileThatIsNoPackageIsRefusedWithTheInstancesReason() throws Exception {
        Path notes = Files.writeString(work.resolve("notes-1.0.0.fmpkg"), "these are notes, not a package");

        CommandRun refused = fm("deploy", notes.toString());

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).contains("is not a zip archive", "HTTP 400, not_a_package", "Suggestion: ");
    }

    @Test
    @Order(7)
    void aPipelineIsPushedPublishedAndRun() throws Exception {
        Path file = Files.writeString(work.resolve("greet-team.json"), PIPELINE);

        CommandRun pushed = fm("pipeline", "push", file.toString());
        assertThat(pushed.exitCode()).as(pushed.toString()).isZero();
        assertThat(pushed.out()).contains("Created pipeline greet-team (version 1.0.0, 1 stage)");

        CommandRun published = fm("pipeline", "publish", "greet-team");
        assertThat(published.exitCode()).as(published.toString()).isZero();
        assertThat(published.out()).contains("Published greet-team version 1.0.0")
                .containsPattern("greet +sample_greeter +1\\.0\\.0 +samples/greeter");

        CommandRun run = fm("pipeline", "run", "greet-team", "-i", "{\"names\": [\"Ada\", \"Linus\"]}");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("Run run_\\w+: completed \\(pipeline greet-team 1\\.0\\.0\\)")
                .contains("\"Bonjour, Ada!\"", "\"Bonjour, Linus!\"", "Usage: 0 tokens")
                .containsPattern("greet +sample_greeter +1\\.0\\.0 +- +completed");

        Path input = Files.writeString(work.resolve("input.json"), "{\"names\": [\"Grace\"]}");
        JsonNode envelope = json(fm("pipeline", "run", "greet-team", "--input", input.toString(), "--json"));
        assertThat(envelope.path("status").asText()).isEqualTo("completed");
        assertThat(envelope.path("result").toString()).isEqualTo("[\"Bonjour, Grace!\"]");
        runId = envelope.path("run_id").asText();
    }

    @Test
    @Order(8)
    void aRunWithInputTheSchemaRefusesExitsWithOneAndTheProblem() throws Exception {
        CommandRun refused = fm("pipeline", "run", "greet-team", "-i", "{}");

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).contains("HTTP 422, invalid_input", "names");
    }

    @Test
    @Order(9)
    void aPulledPipelinePushesBackUnchangedAndMovesUnderAnotherId() throws Exception {
        Path pulled = work.resolve("pulled.json");
        CommandRun pull = fm("pipeline", "pull", "greet-team", "-o", pulled.toString());
        assertThat(pull.exitCode()).as(pull.toString()).isZero();
        JsonNode definition = JSON.readTree(pulled.toFile());
        assertThat(definition.path("stages").get(0).path("component_package").asText()).isEqualTo("samples/greeter@1.0.0");

        CommandRun pushedBack = fm("pipeline", "push", pulled.toString());
        assertThat(pushedBack.exitCode()).as(pushedBack.toString()).isZero();
        assertThat(pushedBack.out()).contains("Replaced the draft of greet-team");
        assertThat(fm("pipeline", "pull", "greet-team").out()).isEqualTo(Files.readString(pulled));

        Path copy = work.resolve("copy.json");
        Files.writeString(copy, JSON.writeValueAsString(((ObjectNode) definition).put("id", "greet-team-copy")));
        CommandRun created = fm("pipeline", "push", copy.toString());
        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.out()).contains("Created pipeline greet-team-copy");
        assertThat(fm("pipeline", "list").out()).containsPattern("greet-team +Greet the team +1\\.0\\.0 +1 ")
                .containsPattern("greet-team-copy +Greet the team +1\\.0\\.0 +1 ");
    }

    @Test
    @Order(10)
    void theDemoPipelinePullsAndPushesBackToo() throws Exception {
        Path pulled = work.resolve("support-triage.json");
        assertThat(fm("pipeline", "pull", "support-triage", "-o", pulled.toString()).exitCode()).isZero();

        CommandRun pushed = fm("pipeline", "push", pulled.toString());

        assertThat(pushed.exitCode()).as(pushed.toString()).isZero();
        assertThat(pushed.out()).contains("Replaced the draft of support-triage");
    }

    @Test
    @Order(11)
    void aRecordedRunAndItsTraceAreShown() throws Exception {
        CommandRun run = fm("runs", "get", runId);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Run " + runId + ": completed (pipeline greet-team 1.0.0)", "\"Bonjour, Grace!\"",
                "Created: ");

        CommandRun trace = fm("runs", "trace", runId);
        assertThat(trace.exitCode()).as(trace.toString()).isZero();
        assertThat(trace.out()).containsPattern("STAGE +TYPE +VERSION +PROVIDER +STATUS +MS +ATTEMPTS +TOKENS\n"
                + "greet +sample_greeter +1\\.0\\.0 +- +completed +[0-9.]+ +1 +0\n");

        assertThat(json(fm("runs", "trace", runId, "--json")).path("spans").get(0).path("output").path("greetings").toString())
                .isEqualTo("[\"Bonjour, Grace!\"]");
        CommandRun unknown = fm("runs", "get", "run_unknown");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("HTTP 404, run_not_found");
    }

    @Test
    @Order(12)
    void aKeyIsCreatedListedUsedWithinItsPermissionsAndRevoked() throws Exception {
        JsonNode created = json(fm("keys", "create", "--name", "it-reader", "--permission", "pipelines:read,pipelines:execute",
                "--pipeline", "greet-team", "--rate-limit-per-minute", "30", "--json"));
        String id = created.path("id").asText();
        String key = created.path("key").asText();
        assertThat(created.path("rate_limit_per_minute").asInt()).isEqualTo(30);

        assertThat(fm("keys", "list").out()).containsPattern(id + " +it-reader +\\S+ +pipelines:execute,pipelines:read +greet-team"
                + " +30 +- +- +- +active");
        CommandRun allowed = fm("pipeline", "list", "--api-key", key);
        assertThat(allowed.exitCode()).as(allowed.toString()).isZero();
        assertThat(allowed.out()).contains("greet-team");
        CommandRun forbidden = fm("packages", "list", "--api-key", key);
        assertThat(forbidden.exitCode()).as(forbidden.toString()).isEqualTo(4);
        assertThat(forbidden.err()).contains("HTTP 403");

        CommandRun revoked = fm("keys", "revoke", id);
        assertThat(revoked.exitCode()).as(revoked.toString()).isZero();
        assertThat(revoked.out()).contains("Revoked key " + id);
        assertThat(fm("keys", "list").out()).containsPattern(id + " .* revoked\n");
        CommandRun refused = fm("pipeline", "list", "--api-key", key);
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(4);
        assertThat(refused.err()).contains("HTTP 401, invalid_api_key");
    }

    @Test
    @Order(13)
    void aPackageIsListedAndRemovedUnlessAPublishedPipelineIsLockedToIt() throws Exception {
        assertThat(fm("deploy", sample("1.1.0").toString()).exitCode()).isZero();
        assertThat(fm("packages", "list").out()).containsPattern("samples/greeter +1\\.0\\.0 +active +upload +sample_greeter\n")
                .containsPattern("samples/greeter +1\\.1\\.0 +active +upload +sample_greeter\n");

        CommandRun which = fm("packages", "remove", "samples/greeter");
        assertThat(which.exitCode()).as(which.toString()).isEqualTo(2);
        assertThat(which.err()).contains("installed in versions 1.0.0, 1.1.0; say which with --version");

        CommandRun locked = fm("packages", "remove", "samples/greeter", "--version", "1.0.0");
        assertThat(locked.exitCode()).as(locked.toString()).isEqualTo(1);
        assertThat(locked.err()).contains("samples/greeter 1.0.0 cannot be removed", "published pipeline greet-team@1.0.0",
                "HTTP 409");

        CommandRun removed = fm("packages", "remove", "samples/greeter", "--version", "1.1.0");
        assertThat(removed.exitCode()).as(removed.toString()).isZero();
        assertThat(removed.out()).contains("Removed samples/greeter 1.1.0 (sample_greeter)");
        assertThat(fm("packages", "list").out()).doesNotContain("1.1.0").contains("samples/greeter");
    }
}
