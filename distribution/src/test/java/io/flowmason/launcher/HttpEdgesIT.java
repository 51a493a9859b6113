package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.launcher.Api.Reply;
import io.flowmason.launcher.RawHttp.Answer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edges of the HTTP contract against the assembled instance, over a raw socket where a normal
 * client would refuse to send the request: bodies that are not UTF-8, URIs and headers Jetty refuses
 * before the REST layer (each answered in the JSON error shape), and rate limits checked before the
 * body is read.
 */
class HttpEdgesIT {

    private static final String KEY = "http-edges-owner-key-0123456789";
    private static final String RUN = "/api/pipelines/support-triage/run";

    @TempDir
    static Path work;

    static DistributionProcess instance;
    static Api api;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        port = Http.freePort();
        instance = DistributionProcess.start(work, port, KEY);
        api = new Api(port, KEY);
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static byte[] bytes(String prefix, int... raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix.getBytes(StandardCharsets.UTF_8));
        for (int b : raw) {
            out.write(b);
        }
        return out.toByteArray();
    }

    private static Answer post(String path, byte[] body, String key, String contentType) throws Exception {
        return RawHttp.send(port, "POST " + path + " HTTP/1.1", body, "X-API-Key: " + key, "Content-Type: " + contentType);
    }

    private static Answer get(String target, String... headers) throws Exception {
        String[] all = new String[headers.length + 1];
        all[0] = "X-API-Key: " + KEY;
        System.arraycopy(headers, 0, all, 1, headers.length);
        return RawHttp.send(port, "GET " + target + " HTTP/1.1", new byte[0], all);
    }

    private static void assertJsonError(Answer answer, int status, String code) throws Exception {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/json");
        assertThat(answer.errorCode()).as(answer.toString()).isEqualTo(code);
        assertThat(answer.json().path("error").path("message").asText()).isNotBlank();
        assertThat(answer.json().path("error").path("suggestion").asText()).isNotBlank();
        assertThat(answer.json().path("error").path("details").isArray()).isTrue();
        assertThat(answer.body()).doesNotContain("<html", "at org.", "at java.");
    }

    @Test
    void aRunBodyThatIsNotUtf8Is400NamingTheByteAndItsOffsetAndRecordsNoRun() throws Exception {
        long before = api.get("/api/runs?pipeline_id=support-triage").body().path("total").asLong();

        Answer answer = post(RUN, bytes("{\"ticket_text\": \"", 0xff, 0xfe, '"', '}'), KEY, "application/json");

        assertJsonError(answer, 400, "invalid_json");
        assertThat(answer.json().path("error").path("message").asText())
                .isEqualTo("The request body is not valid UTF-8: byte 0xFF at offset 17.");
        assertThat(api.get("/api/runs?pipeline_id=support-triage").body().path("total").asLong()).isEqualTo(before);
    }

    @Test
    void aTruncatedSequenceIsRefusedAtItsFirstByte() throws Exception {
        // "é" is C3 A9; a body ending after C3 is cut in the middle of the character.
        Answer answer = post(RUN, bytes("{\"ticket_text\": \"caf", 0xc3), KEY, "application/json");

        assertJsonError(answer, 400, "invalid_json");
        assertThat(answer.json().path("error").path("message").asText()).contains("byte 0xC3 at offset 20");
    }

    @Test
    void everyJsonBodyIsDecodedStrictly() throws Exception {
        Answer key = post("/api/keys", bytes("{\"name\": \"x", 0xc0, 0x80), KEY,
                "application/json");
        assertJsonError(key, 400, "invalid_json");
        assertThat(key.json().path("error").path("message").asText()).contains("byte 0xC0 at offset 11");

        Answer pipeline = post("/api/pipelines", bytes("{\"id\": \"", 0xed, 0xa0, 0x80), KEY, "application/json");
        assertJsonError(pipeline, 400, "invalid_json");
        assertThat(pipeline.json().path("error").path("message").asText()).contains("byte 0xED at offset 8");
    }

    @Test
    void aJsonBodyIsReadAsUtf8WhateverCharsetContentTypeNames() throws Exception {
        Answer created = post("/api/keys", "{\"name\": \"café\", \"permissions\": [\"pipelines:read\"]}".getBytes(StandardCharsets.UTF_8),
                KEY, "application/json; charset=ISO-8859-1");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("name").asText()).isEqualTo("café");
    }

    @Test
    void urisJettyRefusesAreAnsweredInTheJsonErrorShape() throws Exception {
        // Jetty refuses this one while parsing the request line, without saying more than "Bad Request".
        assertJsonError(get("/api/registry/components/%00%2e%2e"), 400, "bad_request");
        assertJsonError(get("/api/registry/components/%2e%2e/x"), 400, "invalid_uri");
        assertJsonError(get("/api/health?pad=" + "a".repeat(20_000)), 414, "uri_too_long");
    }

    @Test
    void headersJettyRefusesAreAnsweredInTheJsonErrorShape() throws Exception {
        assertJsonError(get("/api/health", "X-Padding: " + "a".repeat(40_000)), 431, "headers_too_large");
        assertJsonError(get("/api/health", "Host: bad host:x:y"), 400, "invalid_host");
        assertJsonError(RawHttp.send(port, "GET /api/health HTTP/9.7", new byte[0]), 505, "http_version_not_supported");
        assertJsonError(RawHttp.send(port, "GET /api/health HTTP/1.1", new byte[0], "Host: x", "Bad Header Line"), 400,
                "bad_request");
    }

    @Test
    void pathsOutsideTheApiAnswerJsonAndTheWebConsoleStillServesItsPages() throws Exception {
        assertJsonError(get("/no/such/page"), 404, "not_found");
        assertJsonError(RawHttp.send(port, "FOO /api/health HTTP/1.1", new byte[0]), 405, "method_not_allowed");

        Answer unauthenticated = RawHttp.send(port, "GET /system/console/bundles HTTP/1.1", new byte[0]);
        assertThat(unauthenticated.status()).as(unauthenticated.toString()).isEqualTo(401);
        assertThat(unauthenticated.headers()).containsKey("www-authenticate");
        String login = "Authorization: Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        Answer console = RawHttp.send(port, "GET /system/console/bundles HTTP/1.1", new byte[0], login);
        assertThat(console.status()).as(console.toString()).isEqualTo(200);
        assertThat(console.contentType()).startsWith("text/html");
    }

    @Test
    void aKeyOverItsLimitIsRefusedWith429BeforeItsBodyIsRead() throws Exception {
        Reply created = api.post("/api/keys", "{\"name\": \"one-a-minute\", \"permissions\": [\"pipelines:execute\", \"pipelines:read\"],"
                + " \"rate_limit_per_minute\": 1}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String limited = created.body().path("key").asText();
        // The two requests below must fall into one minute window.
        long second = Instant.now().getEpochSecond() % 60;
        if (second > 45) {
            Thread.sleep((61 - second) * 1000);
        }
        long before = api.get("/api/runs?pipeline_id=support-triage").body().path("total").asLong();

        Answer first = post(RUN, "not json at all".getBytes(StandardCharsets.UTF_8), limited, "application/json");
        assertJsonError(first, 400, "invalid_json");
        Answer garbage = post(RUN, bytes("{{{", 0xff), limited, "application/json");
        assertJsonError(garbage, 429, "rate_limited");
        assertThat(garbage.headers()).containsKey("retry-after");
        Answer unknownPipeline = post("/api/pipelines/no-such-pipeline/run", "{}".getBytes(StandardCharsets.UTF_8), limited,
                "application/json");
        assertJsonError(unknownPipeline, 429, "rate_limited");

        assertThat(api.get("/api/runs?pipeline_id=support-triage").body().path("total").asLong()).isEqualTo(before);
    }
}
