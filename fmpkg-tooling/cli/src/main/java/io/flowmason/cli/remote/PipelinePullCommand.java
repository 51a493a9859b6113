package io.flowmason.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowmason.cli.CliFailure;
import io.flowmason.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fm pipeline pull}: the pipeline's draft as a file {@code fm pipeline push} takes back. */
@Command(name = "pull", description = "Write a pipeline's draft as JSON that fm pipeline push accepts (to stdout, or -o FILE).")
final class PipelinePullCommand implements Callable<Integer> {

    @Mixin
    private InstanceOptions instance;

    @Parameters(paramLabel = "ID", description = "The pipeline's id.")
    private String id;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the pipeline to this file instead of stdout.")
    private Path output;

    @Override
    public Integer call() {
        InstanceClient client = instance.client();
        JsonNode answered = client.expect(client.get("/api/pipelines/" + InstanceClient.encode(id)), 200);
        String definition = Json.pretty(PipelineFile.forPush(answered)) + System.lineSeparator();
        if (output == null) {
            instance.out().print(definition);
            instance.out().flush();
            return ExitCodes.OK;
        }
        try {
            Files.writeString(output, definition);
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.FAILED, "cannot write " + output + ": " + e.getMessage(), e);
        }
        if (!instance.json()) {
            instance.out().println("Wrote pipeline " + id + " (version " + Json.text(answered.path("version")) + ") to " + output);
            instance.out().flush();
        }
        return ExitCodes.OK;
    }
}
