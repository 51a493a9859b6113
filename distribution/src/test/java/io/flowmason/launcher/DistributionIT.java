package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The assembled instance as users run it: bin/flowmason in its own process, spoken to over HTTP. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributionIT {

    private static final String OWNER_KEY = "e2e-owner-key-0123456789";

    @TempDir
    static Path work;

    static int port;
    static DistributionProcess instance;

    @BeforeAll
    static void start() throws Exception {
        port = Http.freePort();
        instance = DistributionProcess.launch(work, Map.of(
                "FLOWMASON_HTTP_PORT", Integer.toString(port),
                "FLOWMASON_DATA_DIR", work.resolve("data").toString(),
                "FLOWMASON_DEPLOY_DIR", work.resolve("deploy").toString(),
                "FLOWMASON_ADMIN_KEY", OWNER_KEY,
                "FLOWMASON_CONSOLE_USER", "ops",
                "FLOWMASON_CONSOLE_PASSWORD", "console-secret")).awaitReady(port);
    }

    @AfterAll
    static void cleanUp() {
        instance.close();
    }

    @Test
    void healthAnswersUpWithVersionAndEnvironment() throws Exception {
        HttpResponse<String> health = Http.get(port, "/api/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"environment\":\"test\"", "\"version\":\"0.");
    }

    @Test
    void readyAnswers200WithItsChecks() throws Exception {
        HttpResponse<String> ready = Http.get(port, "/api/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("platform_bundles");
    }

    @Test
    void anApiPathWithoutAKeyAnswers401WithTheJsonError() throws Exception {
        HttpResponse<String> answer = Http.get(port, "/api/pipelines");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("\"code\":\"missing_api_key\"", "\"suggestion\":\"Send the key as");
    }

    @Test
    void aWrongKeyAnswers401InEitherHeader() throws Exception {
        assertThat(Http.get(port, "/api/pipelines", "X-API-Key", "not-the-key").body()).contains("\"code\":\"invalid_api_key\"");
        HttpResponse<String> bearer = Http.get(port, "/api/pipelines", "Authorization", "Bearer not-the-key");
        assertThat(bearer.statusCode()).isEqualTo(401);
        assertThat(bearer.body()).contains("\"code\":\"invalid_api_key\"");
    }

    @Test
    void theOwnerKeyPassesAndAnUnknownPathIsAJson404() throws Exception {
        HttpResponse<String> viaHeader = Http.get(port, "/api/no-such-thing", "X-API-Key", OWNER_KEY);
        HttpResponse<String> viaBearer = Http.get(port, "/api/no-such-thing", "Authorization", "Bearer " + OWNER_KEY);

        for (HttpResponse<String> answer : java.util.List.of(viaHeader, viaBearer)) {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(answer.body()).contains("\"code\":\"not_found\"", "GET /api/no-such-thing");
        }
    }

    @Test
    void aWrongMethodIsAJson405() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/health"))
                .DELETE().header("X-API-Key", OWNER_KEY).build();
        HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(405);
        assertThat(answer.body()).contains("\"code\":\"method_not_allowed\"");
        assertThat(answer.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void theWebConsoleNeedsItsCredentials() throws Exception {
        assertThat(Http.get(port, "/system/console/bundles").statusCode()).isEqualTo(401);
        assertThat(Http.get(port, "/system/console/bundles", "Authorization", basic("ops", "wrong")).statusCode()).isEqualTo(401);

        HttpResponse<String> console = Http.get(port, "/system/console/bundles", "Authorization", basic("ops", "console-secret"));
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.body()).contains("io.flowmason.gateway");
    }

    @Test
    void theWebConsoleShowsTheDeclarativeServicesComponents() throws Exception {
        HttpResponse<String> components = Http.get(port, "/system/console/components", "Authorization",
                basic("ops", "console-secret"));

        assertThat(components.statusCode()).isEqualTo(200);
        assertThat(components.body()).contains("io.flowmason.gateway.internal.HealthResource");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void sigtermStopsTheInstanceWithExitCodeZero() throws Exception {
        int exit = instance.terminate();

        assertThat(exit).as("exit code after SIGTERM; output:\n" + instance.stdout() + instance.stderr()).isZero();
        assertThat(instance.stdout()).contains("SIGTERM received, stopping", "flowmason: stopped");
        assertThat(Http.status(port, "/api/health")).isEqualTo(-1);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }
}
