package io.flowmason.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowmason.cli.CliFailure;
import io.flowmason.cli.ExitCodes;
import io.flowmason.cli.TextTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fm packages}: the packages installed on an instance. */
@Command(name = "packages", description = "List or remove an instance's packages.",
        subcommands = {PackagesCommand.ListPackages.class, PackagesCommand.RemovePackage.class})
final class PackagesCommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Command(name = "list", description = "List the packages with their state, source and components, and why any failed.")
    static final class ListPackages extends InstanceCommand {

        @Override
        JsonNode request(InstanceClient client) {
            return client.expect(client.get("/api/packages"), 200);
        }

        @Override
        void print(JsonNode answer, InstanceClient client) {
            PrintWriter out = instance.out();
            TextTable table = new TextTable("NAME", "VERSION", "STATE", "SOURCE", "COMPONENTS");
            for (JsonNode pkg : answer.path("packages")) {
                table.row(pkg.path("name").asText(), Json.text(pkg.path("version")), pkg.path("state").asText(),
                        Json.text(pkg.path("source")), Json.list(pkg.path("components")));
            }
            table.print(out, "No packages.");
            for (JsonNode pkg : answer.path("packages")) {
                if (pkg.path("load_error").isTextual()) {
                    out.println(pkg.path("name").asText() + " " + Json.text(pkg.path("version")) + ": " + pkg.path("load_error").asText());
                }
            }
        }
    }

    /**
     * The API removes a package by one of its component versions ({@code DELETE
     * /api/registry/components/{type}/{version}}); this finds that component from the package's name.
     */
    @Command(name = "remove", description = {"Remove an installed package.",
        "Refused (exit 1) while a published pipeline version is locked to one of its components."})
    static final class RemovePackage extends InstanceCommand {

        @Parameters(paramLabel = "NAME", description = "The package's name, such as acme-corp/support-classifier.")
        private String name;

        @Option(names = "--version", paramLabel = "VERSION", description = "Which version, when several are installed.")
        private String version;

        private JsonNode removed;

        @Override
        JsonNode request(InstanceClient client) {
            removed = installed(client.expect(client.get("/api/packages"), 200).path("packages"));
            if (removed.path("components").isEmpty()) {
                throw new CliFailure(ExitCodes.FAILED, "package " + name + " " + removed.path("version").asText() + " has no component"
                        + " the API can remove it by (state " + removed.path("state").asText() + "); remove its file from the"
                        + " instance's deploy folder instead.");
            }
            String type = removed.path("components").get(0).asText();
            return client.expect(client.delete("/api/registry/components/" + InstanceClient.encode(type) + "/"
                    + InstanceClient.encode(removed.path("version").asText())), 204);
        }

        @Override
        void print(JsonNode nothing, InstanceClient client) {
            instance.out().println("Removed " + name + " " + removed.path("version").asText() + " ("
                    + Json.list(removed.path("components")) + ")");
        }

        /** The one installed version of the package that --version names, or the only one there is. */
        private JsonNode installed(JsonNode packages) {
            List<JsonNode> matches = new ArrayList<>();
            List<String> versions = new ArrayList<>();
            for (JsonNode pkg : packages) {
                if (name.equals(pkg.path("name").asText()) && pkg.path("version").isTextual()) {
                    versions.add(pkg.path("version").asText());
                    if (version == null || version.equals(pkg.path("version").asText())) {
                        matches.add(pkg);
                    }
                }
            }
            if (versions.isEmpty()) {
                throw new CliFailure(ExitCodes.FAILED, "no package named " + name + " is installed; fm packages list shows them.");
            }
            if (matches.isEmpty()) {
                throw new CliFailure(ExitCodes.FAILED, "package " + name + " has no version " + version + " installed; installed: "
                        + String.join(", ", versions) + ".");
            }
            if (matches.size() > 1) {
                throw new CliFailure(ExitCodes.USAGE, "package " + name + " is installed in versions " + String.join(", ", versions)
                        + "; say which with --version.");
            }
            return matches.get(0);
        }
    }
}
