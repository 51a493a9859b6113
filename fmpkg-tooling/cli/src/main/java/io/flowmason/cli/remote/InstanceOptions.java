package io.flowmason.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowmason.cli.CliFailure;
import io.flowmason.cli.ExitCodes;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What every command that talks to an instance takes: where it is, the key, and whether to print JSON. */
public final class InstanceOptions {

    static final String DEFAULT_INSTANCE = "http://127.0.0.1:8080";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--instance", paramLabel = "URL", defaultValue = "${env:FLOWMASON_INSTANCE:-" + DEFAULT_INSTANCE + "}",
            description = "The instance's address (default: FLOWMASON_INSTANCE, else " + DEFAULT_INSTANCE + ").")
    private String instance;

    @Option(names = "--api-key", paramLabel = "KEY", defaultValue = "${env:FLOWMASON_API_KEY}",
            description = "The API key, sent as X-API-Key (default: FLOWMASON_API_KEY).")
    private String apiKey;

    @Option(names = "--json", description = "Print the instance's JSON answer (pretty) instead of text, for scripts.")
    private boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    /** A client for the instance; fails before any request when the address or the key is missing or malformed. */
    InstanceClient client() {
        URI base = baseUrl(instance);
        if (apiKey == null || apiKey.isBlank()) {
            throw new CliFailure(ExitCodes.UNAUTHORIZED, "no API key: pass --api-key or set FLOWMASON_API_KEY (the owner key is the"
                    + " instance's FLOWMASON_ADMIN_KEY, or the one it wrote to data/admin.key).");
        }
        return new InstanceClient(base, apiKey.strip());
    }

    boolean json() {
        return json;
    }

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    PrintWriter err() {
        return command.commandLine().getErr();
    }

    /** Prints the answer as {@code --json} asks: the instance's JSON, pretty. */
    void printJson(JsonNode answer) {
        out().println(Json.pretty(answer));
        out().flush();
    }

    /** The instance's address without a trailing slash; a usage failure when it is not an http(s) URL. */
    static URI baseUrl(String text) {
        String trimmed = text == null ? "" : text.strip();
        try {
            URI uri = new URI(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (http && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null) {
                return uri;
            }
        } catch (URISyntaxException malformed) {
            // answered below with the form it should take
        }
        throw new CliFailure(ExitCodes.USAGE, "'" + trimmed + "' is not an instance address: give --instance (or FLOWMASON_INSTANCE)"
                + " as http://host:port, such as " + DEFAULT_INSTANCE + ".");
    }
}
