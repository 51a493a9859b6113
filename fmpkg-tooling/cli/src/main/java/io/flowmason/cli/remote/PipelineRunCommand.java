package io.flowmason.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowmason.cli.CliFailure;
import io.flowmason.cli.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fm pipeline run}: runs a pipeline and reports status, result, usage and each stage; a failed run exits 1. */
@Command(name = "run", description = {"Run a pipeline and show its status, result, usage and each stage.",
    "Runs the latest published version unless --version names another (or 'draft'). A run that fails exits with 1."})
final class PipelineRunCommand extends PipelineCommand.OnePipeline {

    @ArgGroup(exclusive = true)
    private Input input;

    @Option(names = "--version", paramLabel = "VERSION", description = "A published version to run, or 'draft' to test the draft.")
    private String version;

    static final class Input {
        @Option(names = "--input", paramLabel = "FILE", description = "The run's input, a JSON file ('-' reads stdin).")
        private Path file;

        @Option(names = "-i", paramLabel = "JSON", description = "The run's input as JSON text, such as '{\"ticket_text\": \"...\"}'.")
        private String json;
    }

    @Override
    JsonNode request(InstanceClient client) {
        String query = version == null ? "" : "?version=" + InstanceClient.encode(version);
        return client.expect(client.post(pipelinePath() + "/run" + query, inputJson()), 200);
    }

    @Override
    void print(JsonNode run, InstanceClient client) {
        RunReport.printEnvelope(instance.out(), run);
        String trace = run.path("trace_url").asText("/api/runs/" + InstanceClient.encode(run.path("run_id").asText()) + "/trace");
        RunReport.printStages(instance.out(), client.expect(client.get(trace), 200));
    }

    @Override
    int exitCode(JsonNode run) {
        if (!"completed".equals(run.path("status").asText())) {
            throw new CliFailure(ExitCodes.FAILED, "run " + run.path("run_id").asText() + " " + run.path("status").asText() + ": "
                    + RunReport.error(run.path("error")));
        }
        return ExitCodes.OK;
    }

    private String inputJson() {
        if (input == null) {
            return "{}";
        }
        if (input.json != null) {
            return input.json;
        }
        try {
            return "-".equals(input.file.toString()) ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(input.file);
        } catch (NoSuchFileException e) {
            throw new CliFailure(ExitCodes.USAGE, "no input file at " + input.file + ": give a JSON file with the pipeline's input.");
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.FAILED, "cannot read " + input.file + ": " + e.getMessage(), e);
        }
    }
}
