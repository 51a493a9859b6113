package io.flowmason.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.cli.CliFailure;
import io.flowmason.cli.ExitCodes;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ApiFailuresTest {

    private static final URI INSTANCE = URI.create("http://127.0.0.1:8080");

    private static ApiResponse answer(int status, String body) {
        return new ApiResponse(status, Json.parseOrMissing(body), body);
    }

    private static String lines(CliFailure failure) {
        return failure.getMessage().replace(System.lineSeparator(), "\n");
    }

    @Test
    void showsTheInstancesMessageEachProblemAndTheSuggestion() {
        CliFailure failure = ApiFailures.refused(answer(422, """
                {"error": {"code": "invalid_package", "message": "The file is not a FlowMason package.",
                  "details": ["no FlowMason-Package header", "no OSGI-INF/flowmason/components.json"],
                  "suggestion": "Build it with fmpkg.bnd."}}"""), INSTANCE);

        assertThat(failure.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(lines(failure)).isEqualTo("""
                The file is not a FlowMason package. (HTTP 422, invalid_package)
                  - no FlowMason-Package header
                  - no OSGI-INF/flowmason/components.json
                  Suggestion: Build it with fmpkg.bnd.""");
    }

    @Test
    void namesWhereEachPipelineProblemIs() {
        CliFailure failure = ApiFailures.refused(answer(422, """
                {"error": {"code": "invalid_pipeline", "message": "Pipeline 'p' cannot run.", "details": [
                  {"stage": "classify", "field": "text", "error_type": "missing_required", "message": "text is required.",
                   "suggestion": "Map it from the input."}], "suggestion": "Fix the problems."}}"""), INSTANCE);

        assertThat(lines(failure)).contains("  - stage classify: field text: text is required. [missing_required] Map it from the input.");
    }

    @Test
    void unauthorizedAndForbiddenExitWithTheKeysCode() {
        String body = "{\"error\": {\"code\": \"forbidden\", \"message\": \"No.\", \"suggestion\": \"Use another key.\"}}";

        assertThat(ApiFailures.refused(answer(401, body), INSTANCE).exitCode()).isEqualTo(ExitCodes.UNAUTHORIZED);
        assertThat(ApiFailures.refused(answer(403, body), INSTANCE).exitCode()).isEqualTo(ExitCodes.UNAUTHORIZED);
        assertThat(ApiFailures.refused(answer(409, body), INSTANCE).exitCode()).isEqualTo(ExitCodes.FAILED);
    }

    @Test
    void anAnswerThatIsNoFlowMasonErrorIsQuotedAndTheAddressQuestioned() {
        CliFailure failure = ApiFailures.refused(answer(502, "<html><body>Bad   gateway</body></html>"), INSTANCE);

        assertThat(failure.getMessage()).isEqualTo("the instance at http://127.0.0.1:8080 answered HTTP 502 without a FlowMason"
                + " error: <html><body>Bad gateway</body></html>. Check that --instance is the address of a FlowMason instance.");
    }

    @Test
    void aClosedPortIsUnreachableWithTheAddressAndWhatToCheck() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URI closed = URI.create("http://127.0.0.1:" + port);
        InstanceClient client = new InstanceClient(closed, "some-key");

        CliFailure failure = org.junit.jupiter.api.Assertions.assertThrows(CliFailure.class, () -> client.get("/api/health"));

        assertThat(failure.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(failure.getMessage()).isEqualTo("cannot reach the instance at " + closed + ": the connection was refused."
                + " Check --instance (or FLOWMASON_INSTANCE) and that the instance is running.");
    }

    @Test
    void anUnknownHostIsNamed() {
        InstanceClient client = new InstanceClient(URI.create("http://no-such-host.invalid:8080"), "some-key");

        CliFailure failure = org.junit.jupiter.api.Assertions.assertThrows(CliFailure.class, () -> client.get("/api/health"));

        assertThat(failure.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(failure.getMessage()).contains("the host 'no-such-host.invalid' is unknown");
    }
}
