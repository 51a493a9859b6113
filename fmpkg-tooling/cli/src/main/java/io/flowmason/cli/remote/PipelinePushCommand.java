package io.flowmason.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code fm pipeline push}: the file becomes the pipeline's draft, replacing it ({@code PUT}) when
 * the pipeline exists and creating it ({@code POST}) when it does not.
 */
@Command(name = "push", description = {"Create a pipeline from a JSON file, or replace its draft when it exists.",
    "The instance checks it whole and answers every problem at once."})
final class PipelinePushCommand extends InstanceCommand {

    @Parameters(paramLabel = "FILE", description = "The pipeline definition, such as support-triage.json.")
    private Path file;

    private boolean created;

    @Override
    JsonNode request(InstanceClient client) {
        JsonNode pipeline = PipelineFile.read(file);
        String body = Json.compact(pipeline);
        ApiResponse replaced = client.put("/api/pipelines/" + InstanceClient.encode(pipeline.path("id").asText()), body);
        created = replaced.status() == 404 && "pipeline_not_found".equals(replaced.errorCode());
        return created ? client.expect(client.post("/api/pipelines", body), 201) : client.expect(replaced, 200);
    }

    @Override
    void print(JsonNode saved, InstanceClient client) {
        String id = saved.path("id").asText();
        int stages = saved.path("stages").size();
        instance.out().println((created ? "Created pipeline " : "Replaced the draft of ") + id + " (version "
                + Json.text(saved.path("version")) + ", " + stages + (stages == 1 ? " stage" : " stages")
                + "). Publish it with: fm pipeline publish " + id);
    }
}
