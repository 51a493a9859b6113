package io.flowmason.benchmarks;

import static io.flowmason.benchmarks.Json.object;

import io.flowmason.executor.internal.pipeline.CompiledPipelineImpl;
import io.flowmason.executor.run.RunStatus;
import io.flowmason.executor.run.StageSpan;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One stage through the universal executor ({@code StageInvoker}), no DAG around it: map the
 * input, validate it, convert it to the operator's record, call the operator on a stage thread,
 * convert and validate the output, write the span. The operator does nothing, so this is the
 * platform's cost per stage. The baseline is the bare minimum of that path: the same call handed
 * to a pool thread and waited for.
 */
public class StageBenchmark extends RunBenchmark {

    private final Map<String, Object> input = object("ticket_text", Ticket.TEXT, "priority", 2);
    private final NoOpOperator operator = new NoOpOperator();
    private ExecutorService pool;
    private CompiledPipelineImpl pipeline;

    @Setup
    public void setUp(NoOpPlatform noOp) {
        pipeline = noOp.platform.compile(NoOpPipelines.chain("one-stage", 1));
        StageSpan span = invokeStage(noOp);
        Checks.expect("stage status", RunStatus.COMPLETED, span.status());
        Checks.expect("stage output", Map.of("text", Ticket.TEXT, "priority", 2), span.output());
        pool = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "baseline-pool");
            thread.setDaemon(true);
            return thread;
        });
    }

    @TearDown
    public void tearDown() {
        pool.shutdownNow();
    }

    @Benchmark
    public StageSpan invokeStage(NoOpPlatform noOp) {
        return noOp.platform.internals.runFirstStage(pipeline, input, "run-benchmark");
    }

    @Benchmark
    public NoOpOperator.Output baselineThreadHop() {
        return CompletableFuture.supplyAsync(() -> operator.execute(new NoOpOperator.Input(Ticket.TEXT, 2), null), pool).join();
    }
}
