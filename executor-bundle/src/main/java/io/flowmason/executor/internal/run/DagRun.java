package io.flowmason.executor.internal.run;

import io.flowmason.executor.internal.limits.RunLimits;
import io.flowmason.executor.internal.pipeline.CompiledPipelineImpl;
import io.flowmason.executor.internal.pipeline.CompiledStage;
import io.flowmason.executor.internal.validation.SchemaViolation;
import io.flowmason.executor.run.RunError;
import io.flowmason.executor.run.RunOutcome;
import io.flowmason.executor.run.RunStatus;
import io.flowmason.executor.run.StageSpan;
import io.flowmason.executor.run.Usage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * One run of a compiled pipeline: every stage starts as soon as the stages it depends on have
 * finished, so independent stages run at once; no stage starts after one has failed; the run
 * finishes when nothing is running any more. Waiting holds no thread.
 */
final class DagRun {

    private final CompiledPipelineImpl pipeline;
    private final StageInvoker invoker;
    private final RunScope scope;
    private final String runId;
    private final RunLimits limits;
    private final Map<String, Object> outputs;
    private final AtomicIntegerArray waitingOn;
    private final AtomicInteger running = new AtomicInteger();
    private final boolean[] started;
    private final List<StageSpan> spans = new ArrayList<>();
    private final CompletableFuture<RunOutcome> outcome = new CompletableFuture<>();
    private final long startNanos = System.nanoTime();
    private volatile RunError failure;

    DagRun(CompiledPipelineImpl pipeline, StageInvoker invoker, RunScope scope, Map<String, Object> outputs, String runId,
            RunLimits limits) {
        this.pipeline = pipeline;
        this.limits = limits;
        this.invoker = invoker;
        this.scope = scope;
        this.outputs = outputs;
        this.runId = runId;
        List<CompiledStage> stages = pipeline.stages();
        this.waitingOn = new AtomicIntegerArray(stages.size());
        this.started = new boolean[stages.size()];
        for (CompiledStage stage : stages) {
            waitingOn.set(stage.index(), stage.dependencies().length);
        }
    }

    static DagRun create(CompiledPipelineImpl pipeline, StageInvoker invoker, Object input, java.util.Set<String> envAllowList,
            String runId, String environment, RunLimits limits) {
        Map<String, Object> outputs = new ConcurrentHashMap<>();
        RunScope scope = new RunScope(input, outputs, envAllowList, runId, pipeline.definition().id(), environment, null);
        return new DagRun(pipeline, invoker, scope, outputs, runId, limits);
    }

    CompletableFuture<RunOutcome> start() {
        List<CompiledStage> roots = pipeline.stages().stream().filter(s -> s.dependencies().length == 0).toList();
        running.addAndGet(roots.size());
        if (roots.isEmpty()) {
            finish();
        }
        roots.forEach(this::launch);
        return outcome;
    }

    private void launch(CompiledStage stage) {
        synchronized (started) {
            started[stage.index()] = true;
        }
        invoker.run(stage, scope.forStage(stage.id()), runId, pipeline.definition().id(),
                (result, fault) -> settle(stage, result, fault));
    }

    /**
     * Records a finished stage, then starts the stages it made ready. This stage leaves the running
     * count before they start: one of them may run in this very call on a stage thread, and a
     * timeout that ends it meanwhile must be able to finish the run.
     */
    private void settle(CompiledStage stage, StageOutcome result, Throwable fault) {
        List<CompiledStage> ready = new ArrayList<>();
        if (fault != null) {
            failure = new RunError(stage.id(), "internal_error", "stage " + stage.id() + ": the platform failed: " + fault);
        } else {
            synchronized (spans) {
                spans.add(result.span());
            }
            if (result.completed()) {
                outputs.put(stage.id(), result.output());
                for (int dependent : stage.dependents()) {
                    if (waitingOn.decrementAndGet(dependent) == 0 && failure == null) {
                        ready.add(pipeline.stages().get(dependent));
                    }
                }
                running.addAndGet(ready.size());
            } else if (failure == null) {
                failure = result.span().error();
            }
        }
        if (running.decrementAndGet() == 0) {
            finish();
            return;
        }
        ready.forEach(this::launch);
    }

    private void finish() {
        double durationMs = (System.nanoTime() - startNanos) / 1_000_000.0;
        List<StageSpan> trace;
        synchronized (spans) {
            trace = new ArrayList<>(spans);
        }
        Usage usage = trace.stream().map(StageSpan::usage).reduce(Usage.NONE, Usage::plusTokens).withDuration(durationMs);
        if (failure != null) {
            trace.addAll(skipped());
            outcome.complete(new RunOutcome(RunStatus.FAILED, null, failure, usage, trace));
            return;
        }
        Object result;
        try {
            result = result();
        } catch (RuntimeException e) {
            outcome.complete(new RunOutcome(RunStatus.FAILED, null, new RunError(null, "invalid_result",
                    "the pipeline's output could not be built: " + e.getMessage()), usage, trace));
            return;
        }
        String tooLarge = limits.resultProblem(result);
        if (tooLarge != null) {
            outcome.complete(new RunOutcome(RunStatus.FAILED, null, new RunError(null, "output_too_large", tooLarge), usage, trace));
            return;
        }
        List<SchemaViolation> violations = pipeline.outputSchema().validate(result);
        if (!violations.isEmpty()) {
            outcome.complete(new RunOutcome(RunStatus.FAILED, null, new RunError(null, "invalid_result",
                    "the pipeline's result does not match its output_schema: " + StageInvoker.describe(violations)),
                    usage, trace));
            return;
        }
        outcome.complete(new RunOutcome(RunStatus.COMPLETED, result, null, usage, trace));
    }

    private Object result() {
        if (pipeline.output() != null) {
            return pipeline.output().render(scope);
        }
        List<CompiledStage> stages = pipeline.stages();
        return stages.isEmpty() ? Map.of() : outputs.get(stages.get(stages.size() - 1).id());
    }

    private List<StageSpan> skipped() {
        List<StageSpan> skipped = new ArrayList<>();
        synchronized (started) {
            for (CompiledStage stage : pipeline.stages()) {
                if (!started[stage.index()]) {
                    skipped.add(new StageSpan(stage.id(), stage.component().type(), stage.component().version().toString(),
                            stage.definition().provider(), RunStatus.SKIPPED, Instant.now(), 0, 0, null, null, null, Usage.NONE,
                            List.of()));
                }
            }
        }
        return skipped;
    }
}
