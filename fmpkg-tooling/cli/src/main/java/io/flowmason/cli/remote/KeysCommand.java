package io.flowmason.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flowmason.cli.TextTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fm keys}: an instance's API keys (needs keys:admin). */
@Command(name = "keys", description = "Manage an instance's API keys: create, list, revoke.",
        subcommands = {KeysCommand.CreateKey.class, KeysCommand.ListKeys.class, KeysCommand.RevokeKey.class})
final class KeysCommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Command(name = "create", description = "Create an API key; the key itself is shown this once.")
    static final class CreateKey extends InstanceCommand {

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Who uses the key, such as ci.")
        private String name;

        @Option(names = "--permission", required = true, split = ",", paramLabel = "PERMISSION",
                description = "What it may do (repeat or separate with commas): pipelines:execute, pipelines:read,"
                        + " pipelines:write, packages:deploy, keys:admin.")
        private List<String> permissions;

        @Option(names = "--pipeline", split = ",", paramLabel = "ID",
                description = "The only pipelines it may run (repeat or separate with commas); every pipeline when left out.")
        private List<String> pipelines;

        @Option(names = "--expires-at", paramLabel = "TIME", description = "When it stops working, such as 2030-01-31T00:00:00Z.")
        private String expiresAt;

        @Option(names = "--rate-limit-per-minute", paramLabel = "N", description = "Runs per minute (default: the instance's).")
        private Integer perMinute;

        @Option(names = "--rate-limit-per-hour", paramLabel = "N", description = "Runs per hour (default: the instance's).")
        private Integer perHour;

        @Option(names = "--monthly-token-budget", paramLabel = "TOKENS", description = "Tokens its runs may use per month.")
        private Long tokenBudget;

        @Option(names = "--monthly-usd-budget", paramLabel = "USD", description = "US dollars its runs may cost per month.")
        private BigDecimal usdBudget;

        @Override
        JsonNode request(InstanceClient client) {
            return client.expect(client.post("/api/keys", Json.compact(request())), 201);
        }

        @Override
        void print(JsonNode created, InstanceClient client) {
            instance.out().println("Created key " + created.path("id").asText() + " (" + created.path("name").asText() + ") with "
                    + Json.list(created.path("permissions")) + ". The key, shown this once:");
            instance.out().println(created.path("key").asText());
        }

        /** The body of POST /api/keys, with only the fields given. */
        ObjectNode request() {
            ObjectNode request = Json.MAPPER.createObjectNode().put("name", name);
            permissions.forEach(request.putArray("permissions")::add);
            if (pipelines != null) {
                pipelines.forEach(request.putArray("pipelines")::add);
            }
            if (expiresAt != null) {
                request.put("expires_at", expiresAt);
            }
            if (perMinute != null) {
                request.put("rate_limit_per_minute", perMinute);
            }
            if (perHour != null) {
                request.put("rate_limit_per_hour", perHour);
            }
            if (tokenBudget != null) {
                request.put("monthly_token_budget", tokenBudget);
            }
            if (usdBudget != null) {
                request.put("monthly_usd_budget", usdBudget);
            }
            return request;
        }
    }

    @Command(name = "list", description = "List the API keys (never the keys themselves).")
    static final class ListKeys extends InstanceCommand {

        @Override
        JsonNode request(InstanceClient client) {
            return client.expect(client.get("/api/keys"), 200);
        }

        @Override
        void print(JsonNode answer, InstanceClient client) {
            TextTable table = new TextTable("ID", "NAME", "PREFIX", "PERMISSIONS", "PIPELINES", "PER MIN", "PER HOUR", "EXPIRES",
                    "LAST USED", "STATE");
            for (JsonNode key : answer.path("keys")) {
                table.row(key.path("id").asText(), key.path("name").asText(), Json.text(key.path("prefix")),
                        Json.list(key.path("permissions")), Json.list(key.path("pipelines")),
                        Json.text(key.path("rate_limit_per_minute")), Json.text(key.path("rate_limit_per_hour")),
                        Json.text(key.path("expires_at")), Json.text(key.path("last_used_at")), state(key));
            }
            table.print(instance.out(), "No API keys besides the owner key.");
        }

        static String state(JsonNode key) {
            if (key.path("revoked").asBoolean()) {
                return "revoked";
            }
            JsonNode expires = key.path("expires_at");
            try {
                return expires.isTextual() && Instant.parse(expires.asText()).isBefore(Instant.now()) ? "expired" : "active";
            } catch (DateTimeParseException notAnInstant) {
                return "active";
            }
        }
    }

    @Command(name = "revoke", description = "Revoke an API key; it is refused from the next request on.")
    static final class RevokeKey extends InstanceCommand {

        @Parameters(paramLabel = "KEY_ID", description = "The key's id, as fm keys list shows it (not the key itself).")
        private String id;

        @Override
        JsonNode request(InstanceClient client) {
            return client.expect(client.delete("/api/keys/" + InstanceClient.encode(id)), 204);
        }

        @Override
        void print(JsonNode nothing, InstanceClient client) {
            instance.out().println("Revoked key " + id);
        }
    }
}
