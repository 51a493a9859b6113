package io.flowmason.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowmason.cli.CliFailure;
import io.flowmason.cli.ExitCodes;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.List;

/** Turns a refused request, or an instance that cannot be reached, into the message and exit code {@code fm} reports. */
final class ApiFailures {

    private static final List<String> LOCATION_FIELDS = List.of("stage", "field", "path", "check");
    private static final int EXCERPT = 200;

    private ApiFailures() {
    }

    /** The instance's error (message, each problem, suggestion); 401 and 403 exit with {@link ExitCodes#UNAUTHORIZED}. */
    static CliFailure refused(ApiResponse response, URI instance) {
        int exitCode = response.hasStatus(401, 403) ? ExitCodes.UNAUTHORIZED : ExitCodes.FAILED;
        JsonNode error = response.body().path("error");
        if (!error.path("message").isTextual()) {
            return new CliFailure(exitCode, "the instance at " + instance + " answered HTTP " + response.status()
                    + " without a FlowMason error" + excerpt(response.text())
                    + ". Check that --instance is the address of a FlowMason instance.");
        }
        StringBuilder message = new StringBuilder(error.path("message").asText())
                .append(" (HTTP ").append(response.status());
        if (!error.path("code").asText("").isEmpty()) {
            message.append(", ").append(error.path("code").asText());
        }
        message.append(')');
        for (JsonNode detail : error.path("details")) {
            message.append(System.lineSeparator()).append("  - ").append(problem(detail));
        }
        if (!error.path("suggestion").asText("").isBlank()) {
            message.append(System.lineSeparator()).append("  Suggestion: ").append(error.path("suggestion").asText());
        }
        return new CliFailure(exitCode, message.toString());
    }

    /** One entry of {@code error.details}: a sentence, or an object with a message and where it applies. */
    static String problem(JsonNode detail) {
        if (detail.isTextual()) {
            return detail.asText();
        }
        if (!detail.path("message").isTextual()) {
            return Json.compact(detail);
        }
        StringBuilder problem = new StringBuilder();
        for (String field : LOCATION_FIELDS) {
            if (detail.path(field).isTextual()) {
                problem.append(field).append(' ').append(detail.path(field).asText()).append(": ");
            }
        }
        problem.append(detail.path("message").asText());
        if (detail.path("error_type").isTextual()) {
            problem.append(" [").append(detail.path("error_type").asText()).append(']');
        }
        if (detail.path("suggestion").isTextual()) {
            problem.append(" ").append(detail.path("suggestion").asText());
        }
        return problem.toString();
    }

    /** Nothing answered: refused, unknown host, timed out, or the connection broke. */
    static CliFailure unreachable(URI instance, IOException failure) {
        return new CliFailure(ExitCodes.UNREACHABLE, "cannot reach the instance at " + instance + ": " + reason(instance, failure)
                + ". Check --instance (or FLOWMASON_INSTANCE) and that the instance is running.", failure);
    }

    private static String reason(URI instance, IOException failure) {
        if (failure instanceof HttpConnectTimeoutException) {
            return "no connection within " + InstanceClient.CONNECT_TIMEOUT.toSeconds() + " s";
        }
        if (failure instanceof HttpTimeoutException) {
            return "no answer within " + InstanceClient.REQUEST_TIMEOUT.toMinutes() + " min";
        }
        if (failure instanceof UnknownHostException || causedBy(failure, UnresolvedAddressException.class)) {
            return "the host '" + instance.getHost() + "' is unknown";
        }
        if (failure instanceof ConnectException) {
            return "the connection was refused";
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String excerpt(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return ": " + (flat.length() > EXCERPT ? flat.substring(0, EXCERPT) + "..." : flat);
    }
}
