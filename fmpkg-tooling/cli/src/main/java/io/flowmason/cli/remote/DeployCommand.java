package io.flowmason.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowmason.cli.CliFailure;
import io.flowmason.cli.ExitCodes;
import io.flowmason.cli.TextTable;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fm deploy}: uploads a package, after making sure the instance is the one --env means. */
@Command(name = "deploy", description = {
    "Upload an .fmpkg package to an instance and list the components it registered.",
    "With --env, the instance must run in that environment (its FLOWMASON_ENV), else nothing is uploaded (exit 5)."})
final class DeployCommand extends InstanceCommand {

    private static final String UPLOAD = "/api/packages/upload";

    @Parameters(paramLabel = "FILE", description = "The package, such as greeter-1.0.0.fmpkg.")
    private Path file;

    @Option(names = "--env", paramLabel = "ENV", converter = Environment.Converter.class,
            description = "The environment the instance must run in: test, staging or production.")
    private Environment env;

    private String environment;

    @Override
    JsonNode request(InstanceClient client) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new CliFailure(ExitCodes.USAGE, "no readable package file at " + file + ": give the path of an .fmpkg file.");
        }
        environment = client.expect(client.get("/api/health"), 200).path("environment").asText("");
        if (env != null && !env.id().equals(environment)) {
            throw new CliFailure(ExitCodes.WRONG_ENVIRONMENT, "the instance at " + client.instance() + " runs in the '" + environment
                    + "' environment, not in '" + env.id() + "' as --env says; nothing was uploaded. Point --instance at the "
                    + env.id() + " instance, or give the --env you mean.");
        }
        if (instance.json()) {
            return client.expect(client.upload(UPLOAD, file, (bytes, total) -> { }), 201);
        }
        UploadProgress progress = new UploadProgress(instance.err(), file.getFileName().toString(), System.console() != null);
        try {
            return client.expect(client.upload(UPLOAD, file, progress), 201);
        } finally {
            progress.finish();
        }
    }

    @Override
    void print(JsonNode uploaded, InstanceClient client) {
        JsonNode pkg = uploaded.path("package");
        instance.out().println("Deployed " + pkg.path("name").asText() + " " + pkg.path("version").asText() + " to "
                + client.instance() + " (" + environment + ")");
        JsonNode registry = client.expect(client.get("/api/registry/components?include_inactive=true"), 200).path("components");
        TextTable table = new TextTable("TYPE", "VERSION", "KIND");
        for (JsonNode type : pkg.path("components")) {
            table.row(type.asText(), pkg.path("version").asText(), kind(registry, pkg, type.asText()));
        }
        table.print(instance.out(), "It registered no components.");
    }

    /** A package that installed but did not start is a failed deploy, though the instance keeps it listed. */
    @Override
    int exitCode(JsonNode uploaded) {
        JsonNode pkg = uploaded.path("package");
        if (!"active".equals(pkg.path("state").asText())) {
            throw new CliFailure(ExitCodes.FAILED, "the package was installed but is " + Json.text(pkg.path("state")) + ": "
                    + Json.text(pkg.path("load_error")) + ". Fix it, deploy it as a new version and remove this one"
                    + " (fm packages remove " + pkg.path("name").asText() + " --version " + pkg.path("version").asText() + ").");
        }
        return ExitCodes.OK;
    }

    private static String kind(JsonNode registry, JsonNode pkg, String type) {
        for (JsonNode component : registry) {
            if (type.equals(component.path("type").asText())
                    && pkg.path("name").asText().equals(component.path("package_name").asText())
                    && pkg.path("version").asText().equals(component.path("package_version").asText())) {
                return component.path("kind").asText();
            }
        }
        return null;
    }
}
