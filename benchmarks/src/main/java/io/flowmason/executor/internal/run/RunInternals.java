package io.flowmason.executor.internal.run;

import io.flowmason.executor.internal.limits.RunLimits;
import io.flowmason.executor.internal.pipeline.CompiledPipelineImpl;
import io.flowmason.executor.internal.pipeline.CompiledStage;
import io.flowmason.executor.internal.providers.ProviderRegistry;
import io.flowmason.executor.internal.registry.LiveComponentRegistry;
import io.flowmason.executor.internal.validation.SchemaValidator;
import io.flowmason.executor.run.StageSpan;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The package-private parts of the run package that the benchmarks reach (they share its package
 * on the plain class path): the universal {@link StageInvoker} without a {@link DagRun} around it,
 * and stopping {@link StageThreads}, which DS does on the instance.
 */
public final class RunInternals {

    private final StageInvoker invoker;
    private final String environment;

    public RunInternals(LiveComponentRegistry registry, ProviderRegistry providers, StageThreads threads,
            SchemaValidator validator, String environment) {
        this.invoker = new StageInvoker(registry, providers, threads, validator, environment, RunLimits.defaults());
        this.environment = environment;
    }

    /** Runs the pipeline's first stage through the invoker, as a run would, and waits for its span. */
    public StageSpan runFirstStage(CompiledPipelineImpl pipeline, Object input, String runId) {
        CompiledStage stage = pipeline.stages().get(0);
        String pipelineId = pipeline.definition().id();
        RunScope scope = new RunScope(input, new ConcurrentHashMap<>(), Set.of(), runId, pipelineId, environment, stage.id());
        CompletableFuture<StageOutcome> outcome = new CompletableFuture<>();
        invoker.run(stage, scope, runId, pipelineId, (result, fault) -> {
            if (fault != null) {
                outcome.completeExceptionally(fault);
            } else {
                outcome.complete(result);
            }
        });
        return outcome.join().span();
    }

    public static void stop(StageThreads threads) {
        threads.close();
    }
}
