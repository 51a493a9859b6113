package io.flowmason.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fm runs}: recorded runs, by id. */
@Command(name = "runs", description = "Show recorded runs: a run's envelope, or its trace.",
        subcommands = {RunsCommand.GetRun.class, RunsCommand.TraceRun.class})
final class RunsCommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    /** A command about one run, named by its id. */
    abstract static class OneRun extends InstanceCommand {

        @Parameters(paramLabel = "RUN_ID", description = "The run's id, such as run_...")
        String runId;

        String runPath() {
            return "/api/runs/" + InstanceClient.encode(runId);
        }
    }

    @Command(name = "get", description = "Show a run: status, result, error, usage and when it ran.")
    static final class GetRun extends OneRun {

        @Override
        JsonNode request(InstanceClient client) {
            return client.expect(client.get(runPath()), 200);
        }

        @Override
        void print(JsonNode run, InstanceClient client) {
            RunReport.printEnvelope(instance.out(), run);
            instance.out().println("Created: " + Json.text(run.path("created_at")) + ", finished: " + Json.text(run.path("finished_at")));
        }
    }

    @Command(name = "trace", description = "Show a run's trace: a line per stage with its status, duration, attempts and tokens.")
    static final class TraceRun extends OneRun {

        @Override
        JsonNode request(InstanceClient client) {
            return client.expect(client.get(runPath() + "/trace"), 200);
        }

        @Override
        void print(JsonNode trace, InstanceClient client) {
            instance.out().println("Run " + trace.path("run_id").asText() + ": " + trace.path("status").asText() + " (pipeline "
                    + trace.path("pipeline_id").asText() + ")");
            RunReport.printStages(instance.out(), trace);
        }
    }
}
