package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.launcher.Api.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * API keys over HTTP against the assembled instance: a key scoped to one pipeline runs it and
 * nothing else, revoked and expired keys are refused, the raw key is stored nowhere, and the key's
 * creation is in the audit log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeysIT {

    private static final String OWNER_KEY = "keys-it-owner-key-0123456789";

    @TempDir
    static Path work;

    static DistributionProcess instance;
    static int port;
    static Api owner;
    static final List<String> rawKeys = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        port = Http.freePort();
        instance = DistributionProcess.startWithTestPackage(work, port, OWNER_KEY);
        owner = new Api(port, OWNER_KEY);
        for (String id : List.of("upper-a", "upper-b")) {
            Reply created = owner.post("/api/pipelines", """
                    {"id": "%s", "name": "Upper", "version": "1.0.0",
                     "stages": [{"id": "up", "type": "text_upper", "input_mapping": {"text": "{{input.text}}"}}],
                     "output": {"text": "{{upstream.up.text}}"}}
                    """.formatted(id));
            assertThat(created.status()).as(created.text()).isEqualTo(201);
            assertThat(owner.post("/api/pipelines/" + id + "/publish", "").status()).isEqualTo(201);
        }
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static Reply createKey(String json) throws Exception {
        Reply created = owner.post("/api/keys", json);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        rawKeys.add(created.body().path("key").asText());
        return created;
    }

    @Test
    @Order(1)
    void aKeyScopedToOnePipelineRunsItAndNothingElse() throws Exception {
        Reply created = createKey("""
                {"name": "runner", "permissions": ["pipelines:execute"], "pipelines": ["upper-a"], "rate_limit_per_minute": 100}
                """);
        String raw = created.body().path("key").asText();
        assertThat(raw).startsWith("fm_test_");
        assertThat(created.body().path("id").asText()).startsWith("key_");
        assertThat(created.body().path("prefix").asText()).isEqualTo(raw.substring(0, 12));
        Api runner = new Api(port, raw);

        Reply run = runner.post("/api/pipelines/upper-a/run", "{\"text\": \"hi\"}");
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        assertThat(run.body().path("result").path("text").asText()).isEqualTo("HI");

        Reply other = runner.post("/api/pipelines/upper-b/run", "{\"text\": \"hi\"}");
        assertThat(other.status()).as(other.text()).isEqualTo(403);
        assertThat(other.errorCode()).isEqualTo("forbidden");
        Reply packages = runner.get("/api/packages");
        assertThat(packages.status()).isEqualTo(403);
        assertThat(packages.body().path("error").path("message").asText()).contains("packages:deploy", "runner");
        assertThat(runner.post("/api/keys", "{\"name\": \"x\", \"permissions\": [\"keys:admin\"]}").status()).isEqualTo(403);

        Reply listed = owner.get("/api/keys");
        assertThat(listed.text()).doesNotContain(raw).contains("runner").contains("last_used_at");
    }

    @Test
    @Order(2)
    void unknownPermissionsAreRefusedNamingTheValidOnes() throws Exception {
        Reply refused = owner.post("/api/keys", "{\"name\": \"bad\", \"permissions\": [\"pipelines:fly\"]}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("error").path("message").asText()).contains("pipelines:execute", "keys:admin");
    }

    @Test
    @Order(3)
    void revokedAndExpiredKeysAreRefused() throws Exception {
        Reply created = createKey("{\"name\": \"short-lived\", \"permissions\": [\"pipelines:read\"]}");
        Api reader = new Api(port, created.body().path("key").asText());
        assertThat(reader.get("/api/pipelines").status()).isEqualTo(200);
        assertThat(reader.get("/api/health").status()).isEqualTo(200);

        assertThat(owner.delete("/api/keys/" + created.body().path("id").asText()).status()).isEqualTo(204);
        Reply revoked = reader.get("/api/pipelines");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.errorCode()).isEqualTo("invalid_api_key");
        Reply revokedOnAProbe = reader.get("/api/health");
        assertThat(revokedOnAProbe.status()).as("a key sent to a public probe is checked too").isEqualTo(401);
        assertThat(revokedOnAProbe.errorCode()).isEqualTo("invalid_api_key");
        assertThat(Http.status(port, "/api/health")).as("without a key the probe stays public").isEqualTo(200);
        assertThat(owner.delete("/api/keys/key_nothing").status()).isEqualTo(404);

        Reply expiredKey = createKey("""
                {"name": "old", "permissions": ["pipelines:read"], "expires_at": "2020-01-01T00:00:00Z"}
                """);
        Reply expired = new Api(port, expiredKey.body().path("key").asText()).get("/api/pipelines");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.errorCode()).isEqualTo("expired_api_key");
    }

    @Test
    @Order(4)
    void noRawKeyIsInAnyFileOfTheDataDirectory() throws Exception {
        assertThat(rawKeys).hasSize(3);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(work.resolve("data"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).anyMatch(f -> f.getFileName().toString().equals("key-hmac.secret"));
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            for (String raw : rawKeys) {
                assertThat(text).as(file.toString()).doesNotContain(raw);
                assertThat(text).as(file + " in UTF-16").doesNotContain(new String(raw.getBytes(StandardCharsets.UTF_16BE),
                        StandardCharsets.ISO_8859_1));
            }
        }
    }

    @Test
    @Order(5)
    void theAuditLogListsTheKeyCreation() throws Exception {
        Reply audit = owner.get("/api/audit?limit=100");
        assertThat(audit.status()).as(audit.text()).isEqualTo(200);
        assertThat(audit.body().path("entries").findValuesAsText("action")).contains("key.create", "key.revoke", "pipeline.publish");
        assertThat(audit.body().path("entries").get(0).path("key_id").asText()).isEqualTo("owner");
    }
}
