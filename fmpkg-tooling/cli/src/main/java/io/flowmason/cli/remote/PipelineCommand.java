package io.flowmason.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowmason.cli.TextTable;
import java.io.PrintWriter;
import java.util.StringJoiner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fm pipeline}: an instance's pipelines, kept as JSON files that move between instances. */
@Command(name = "pipeline", description = "Manage an instance's pipelines: list, get, push, publish, run, pull.",
        subcommands = {PipelineCommand.ListPipelines.class, PipelineCommand.GetPipeline.class, PipelinePushCommand.class,
            PipelineCommand.PublishPipeline.class, PipelineRunCommand.class, PipelinePullCommand.class})
final class PipelineCommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    /** A command about one pipeline, named by its id. */
    abstract static class OnePipeline extends InstanceCommand {

        @Parameters(paramLabel = "ID", description = "The pipeline's id.")
        String id;

        String pipelinePath() {
            return "/api/pipelines/" + InstanceClient.encode(id);
        }
    }

    @Command(name = "list", description = "List the pipelines.")
    static final class ListPipelines extends InstanceCommand {

        @Override
        JsonNode request(InstanceClient client) {
            return client.expect(client.get("/api/pipelines"), 200);
        }

        @Override
        void print(JsonNode answer, InstanceClient client) {
            TextTable table = new TextTable("ID", "NAME", "VERSION", "STAGES", "UPDATED");
            for (JsonNode pipeline : answer.path("pipelines")) {
                table.row(pipeline.path("id").asText(), Json.text(pipeline.path("name")), Json.text(pipeline.path("version")),
                        Json.text(pipeline.path("stages")), Json.text(pipeline.path("updated_at")));
            }
            table.print(instance.out(), "No pipelines.");
        }
    }

    @Command(name = "get", description = "Show a pipeline's draft and its published versions.")
    static final class GetPipeline extends OnePipeline {

        @Override
        JsonNode request(InstanceClient client) {
            return client.expect(client.get(pipelinePath()), 200);
        }

        @Override
        void print(JsonNode pipeline, InstanceClient client) {
            PrintWriter out = instance.out();
            out.println(pipeline.path("id").asText() + ": " + Json.text(pipeline.path("name")) + " (draft version "
                    + Json.text(pipeline.path("version")) + ")");
            if (pipeline.path("description").isTextual()) {
                out.println(pipeline.path("description").asText());
            }
            TextTable stages = new TextTable("STAGE", "TYPE", "PACKAGE", "PROVIDER", "DEPENDS ON");
            for (JsonNode stage : pipeline.path("stages")) {
                stages.row(stage.path("id").asText(), stage.path("type").asText(), Json.text(stage.path("component_package")),
                        Json.text(stage.path("provider")), Json.list(stage.path("depends_on")));
            }
            stages.print(out, "No stages.");
            StringJoiner published = new StringJoiner(", ");
            client.expect(client.get(pipelinePath() + "/versions"), 200).path("versions")
                    .forEach(version -> published.add(version.path("version").asText()));
            out.println("Published versions: " + (published.length() == 0 ? "none" : published));
        }
    }

    @Command(name = "publish", description = "Publish the pipeline's draft as its version, locking each stage's component version.")
    static final class PublishPipeline extends OnePipeline {

        @Override
        JsonNode request(InstanceClient client) {
            return client.expect(client.post(pipelinePath() + "/publish", ""), 201);
        }

        @Override
        void print(JsonNode published, InstanceClient client) {
            instance.out().println("Published " + published.path("pipeline_id").asText() + " version "
                    + published.path("version").asText());
            TextTable locks = new TextTable("STAGE", "TYPE", "VERSION", "PACKAGE");
            for (JsonNode lock : published.path("locks")) {
                locks.row(lock.path("stage_id").asText(), lock.path("type").asText(), lock.path("version").asText(),
                        Json.text(lock.path("package_name")));
            }
            locks.print(instance.out(), "No stages to lock.");
        }
    }
}
