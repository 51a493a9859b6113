package io.flowmason.benchmarks;

import static io.flowmason.benchmarks.Json.object;

import io.flowmason.executor.internal.pipeline.CompiledPipelineImpl;
import io.flowmason.executor.run.RunOutcome;
import io.flowmason.executor.run.RunRequest;
import io.flowmason.executor.run.RunStatus;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Whole runs of compiled pipelines of no-op stages through the real runner (in memory: no HTTP,
 * no run records): 1 stage, 12 stages in a chain, and 12 stages where 10 in the middle may run at
 * once. {@code (chain-12 - chain-1) / 11} is the platform's cost per sequential stage.
 */
public class PipelineRunBenchmark extends RunBenchmark {

    @Param({"chain-1", "chain-12", "fanout-12"})
    public String pipeline;

    private final Map<String, Object> input = object("ticket_text", Ticket.TEXT, "priority", 2);
    private final RunRequest request = new RunRequest("run-benchmark", "1.0.0");
    private CompiledPipelineImpl compiled;

    @Setup
    public void setUp(NoOpPlatform noOp) {
        compiled = noOp.platform.compile(NoOpPipelines.named(pipeline));
        RunOutcome outcome = run(noOp);
        Checks.expect("run status (" + outcome.error() + ")", RunStatus.COMPLETED, outcome.status());
        Checks.expect("stages run", compiled.stages().size(), outcome.spans().size());
        Checks.expect("run result", Map.of("text", Ticket.TEXT, "priority", 2), outcome.result());
    }

    @Benchmark
    public RunOutcome run(NoOpPlatform noOp) {
        return noOp.platform.runner.run(compiled, input, request).toCompletableFuture().join();
    }
}
