package io.flowmason.executor.internal.run;

import io.flowmason.api.component.AsyncOperatorComponent;
import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.NodeComponent;
import io.flowmason.api.component.OperatorComponent;
import io.flowmason.api.provider.LlmProvider;
import io.flowmason.api.provider.TokenUsage;
import io.flowmason.executor.ComponentNotFoundException;
import io.flowmason.executor.VersionSpec;
import io.flowmason.executor.internal.limits.RunLimits;
import io.flowmason.executor.internal.mapping.Coercion;
import io.flowmason.executor.internal.mapping.CoercionException;
import io.flowmason.executor.internal.mapping.InputDefaults;
import io.flowmason.executor.internal.mapping.MappingException;
import io.flowmason.executor.internal.mapping.Scope;
import io.flowmason.executor.internal.pipeline.CompiledStage;
import io.flowmason.executor.internal.registry.ComponentUnavailableException;
import io.flowmason.executor.internal.registry.DeployedComponent;
import io.flowmason.executor.internal.registry.LiveComponentRegistry;
import io.flowmason.executor.internal.providers.ProviderRegistry;
import io.flowmason.executor.internal.validation.CompiledSchema;
import io.flowmason.executor.internal.validation.SchemaValidator;
import io.flowmason.executor.internal.validation.SchemaViolation;
import io.flowmason.executor.internal.run.Failures.StageFailure;
import io.flowmason.executor.run.RunError;
import io.flowmason.executor.run.RunStatus;
import io.flowmason.executor.run.StageSpan;
import io.flowmason.executor.run.Usage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The universal executor: the one path every stage takes, whatever its component. Map the input,
 * check it against the component's input schema, get the component, call it (operators on a stage
 * thread, nodes without one) under the stage's timeout, retry what is retryable, check the output
 * against the output schema, and write the span. Nothing here knows a component type.
 */
final class StageInvoker implements RunContext.NestedInvoker {

    private final LiveComponentRegistry registry;
    private final ProviderRegistry providers;
    private final StageThreads threads;
    private final SchemaValidator validator;
    private final String environment;
    private final RunLimits limits;
    private final JsonBridge json = new JsonBridge();
    private final Map<String, NestedCall> nestedCalls = new ConcurrentHashMap<>();

    /** What an {@code ExecutionContext.invoke} of one deployed component needs, compiled once. */
    private record NestedCall(CompiledSchema input, CompiledSchema output, InputDefaults defaults) {
    }

    StageInvoker(LiveComponentRegistry registry, ProviderRegistry providers, StageThreads threads, SchemaValidator validator,
            String environment, RunLimits limits) {
        this.registry = registry;
        this.limits = limits;
        this.providers = providers;
        this.threads = threads;
        this.validator = validator;
        this.environment = environment;
    }

    /**
     * Runs one stage and hands its outcome to {@code whenDone}. A synchronous operator may run in
     * this very call (on a stage thread), so the caller's continuation is taken as an argument and
     * attached before the operator starts: a timeout that fires meanwhile then carries the run on at
     * once instead of waiting for the operator to return.
     */
    void run(CompiledStage stage, Scope scope, String runId, String pipelineId, BiConsumer<StageOutcome, Throwable> whenDone) {
        Attempt attempt = new Attempt(stage, runId);
        attempt.result.whenComplete(whenDone);
        Map<String, Object> input;
        try {
            input = stage.mapping().apply(scope);
        } catch (MappingException e) {
            attempt.result.complete(attempt.failed(null, new RunError(stage.id(), "invalid_input", e.getMessage())));
            return;
        }
        List<SchemaViolation> violations = stage.inputSchema().validate(input);
        if (!violations.isEmpty()) {
            attempt.result.complete(attempt.failed(input, new RunError(stage.id(), "invalid_input", "stage "
                    + stage.id() + ": the mapped input does not match the input schema of " + stage.component().type() + ": "
                    + describe(violations))));
            return;
        }
        String providerName = stage.definition().provider();
        LlmProvider provider = null;
        if (providerName != null) {
            provider = providers.find(providerName).orElse(null);
            if (provider == null) {
                attempt.result.complete(attempt.failed(input, new RunError(stage.id(), "provider_unavailable",
                        "stage " + stage.id() + ": provider '" + providerName + "' is not deployed on this instance (deployed: "
                                + providers.names() + ")")));
                return;
            }
        }
        RunContext context = new RunContext(runId, pipelineId, stage.id(), environment, provider, attempt.recorder, this, scope);
        attempt.start(input, context);
    }

    /** One stage's tries, from the first to the one that settles it. */
    private final class Attempt {
        final CompiledStage stage;
        final StageRecorder recorder;
        final Instant startedAt = Instant.now();
        final long startNanos = System.nanoTime();
        final CompletableFuture<StageOutcome> result = new CompletableFuture<>();
        int attempts;

        Attempt(CompiledStage stage, String runId) {
            this.stage = stage;
            this.recorder = new StageRecorder(runId, stage.id(), limits);
            stage.warnings().forEach(recorder::note);
        }

        void start(Map<String, Object> input, RunContext context) {
            attempts++;
            call(stage.component(), input, context, stage.timeoutMs(), (output, failure) -> {
                if (failure == null) {
                    List<SchemaViolation> violations = stage.outputSchema().validate(output);
                    if (violations.isEmpty()) {
                        result.complete(new StageOutcome(span(input, output, null), output));
                    } else {
                        result.complete(failed(input, new RunError(stage.id(), "invalid_output", "stage " + stage.id() + ": "
                                + stage.component().type() + " " + stage.component().version()
                                + " answered output that does not match its output schema: " + describe(violations))));
                    }
                } else if (attempts < stage.retry().maxAttempts() && Failures.retryable(failure)) {
                    recorder.note("attempt " + attempts + " failed: " + Failures.unwrap(failure).getMessage() + "; trying again");
                    long delay = stage.retry().backoffMs() << Math.min(attempts - 1, 16);
                    threads.timer().schedule(() -> start(input, context), delay, TimeUnit.MILLISECONDS);
                } else {
                    result.complete(failed(input, Failures.toError(stage.id(), stage.component().type(), failure)));
                }
            });
        }

        StageOutcome failed(Object input, RunError error) {
            return new StageOutcome(span(input, null, error), null);
        }

        private StageSpan span(Object input, Object output, RunError error) {
            double durationMs = (System.nanoTime() - startNanos) / 1_000_000.0;
            TokenUsage tokens = recorder.tokens();
            return new StageSpan(stage.id(), stage.component().type(), stage.component().version().toString(),
                    stage.definition().provider(), error == null ? RunStatus.COMPLETED : RunStatus.FAILED, startedAt, durationMs,
                    attempts, limits.traced(input), limits.traced(output), error, new Usage(tokens.inputTokens(), tokens.outputTokens(), tokens.costUsd(),
                    durationMs), recorder.logs());
        }
    }

    /**
     * Calls a component once and hands its output as a JSON tree, or the failure, to
     * {@code whenDone}. Both the continuation and the timeout are in place before a synchronous
     * operator starts: on a stage thread it runs at once, in this call, and a timer armed after it
     * returned would never hold a hanging one to its timeout.
     */
    private void call(DeployedComponent component, Map<String, Object> input, RunContext context, long timeoutMs,
            BiConsumer<Map<String, Object>, Throwable> whenDone) {
        CompletableFuture<Record> done = new CompletableFuture<>();
        String label = component.type() + " " + component.version();
        done.thenApply(output -> checkedOutput(output, label)).whenComplete(whenDone);
        OperatorTask task = null;
        try {
            Object instance = registry.instance(component);
            RecordTypes.Pair types = RecordTypes.of(instance.getClass());
            Record record = toRecord(input, types.input(), label);
            CompletionStage<Record> answer = startAsync(instance, record, context);
            if (answer != null) {
                answer.whenComplete((output, failure) -> {
                    if (failure != null) {
                        done.completeExceptionally(failure);
                    } else {
                        done.complete(output);
                    }
                });
            } else if (instance instanceof OperatorComponent<?, ?>) {
                task = new OperatorTask(instance, record, context, done, threads, component);
            } else {
                throw new StageFailure("component_error", label + " implements no component interface", false);
            }
        } catch (ComponentUnavailableException e) {
            done.completeExceptionally(new StageFailure(e.code(), e.getMessage(), false));
        } catch (Throwable t) {
            done.completeExceptionally(t);
        }
        if (timeoutMs > 0 && !done.isDone()) {
            holdToTimeout(done, task, label, timeoutMs);
        }
        if (task != null) {
            threads.run(task);
        }
    }

    /**
     * The component's output as a JSON tree, once it is known to convert to its declared record
     * and to fit the stage output limit. Converting first copies no text (the tree shares the
     * record's strings), so an output far over the limit is measured without a second copy.
     */
    private Map<String, Object> checkedOutput(Record output, String label) {
        if (output == null) {
            throw new StageFailure("component_error", label + " answered null instead of its Output record", false);
        }
        Map<String, Object> tree;
        try {
            tree = json.toTree(output);
        } catch (IllegalArgumentException e) {
            throw new StageFailure("invalid_output", label + " answered an output that does not match its Output record "
                    + output.getClass().getSimpleName() + ": " + JsonBridge.describe(e), false);
        }
        String tooLarge = limits.stageOutputProblem(label, tree);
        if (tooLarge != null) {
            throw new StageFailure("output_too_large", tooLarge, false);
        }
        return tree;
    }

    /** Fails {@code done} with a timeout when it has not completed in time, interrupting the operator still running. */
    private void holdToTimeout(CompletableFuture<Record> done, OperatorTask running, String label, long timeoutMs) {
        ScheduledFuture<?> timer = threads.timer().schedule(() -> {
            if (done.completeExceptionally(new StageFailure("timeout", label + " did not finish within " + timeoutMs + " ms", true))
                    && running != null) {
                running.timedOut(label);
            }
        }, timeoutMs, TimeUnit.MILLISECONDS);
        done.whenComplete((output, failure) -> timer.cancel(false));
    }

    /** Starts a component that answers asynchronously (a node or an asynchronous operator); null for a synchronous operator. */
    @SuppressWarnings("unchecked")
    private static CompletionStage<Record> startAsync(Object instance, Record record, RunContext context) throws ComponentException {
        if (instance instanceof NodeComponent<?, ?> node) {
            return nonNull(((NodeComponent<Record, Record>) node).execute(record, context));
        }
        if (instance instanceof AsyncOperatorComponent<?, ?> operator) {
            return nonNull(((AsyncOperatorComponent<Record, Record>) operator).execute(record, context));
        }
        return null;
    }

    private static CompletionStage<Record> nonNull(CompletionStage<Record> answer) {
        return answer != null ? answer
                : CompletableFuture.failedFuture(new StageFailure("component_error", "the component answered no completion stage", false));
    }

    private Record toRecord(Map<String, Object> input, Class<?> type, String label) {
        try {
            return (Record) json.toRecord(input, type);
        } catch (IllegalArgumentException e) {
            throw new StageFailure("invalid_input", "the input cannot be turned into " + label + "'s Input record: "
                    + e.getMessage(), false);
        }
    }

    @Override
    public CompletionStage<Map<String, Object>> invoke(String type, String versionSpec, Map<String, Object> input,
            RunContext caller) {
        DeployedComponent component;
        try {
            component = registry.resolveDeployed(type, VersionSpec.parse(versionSpec));
        } catch (ComponentNotFoundException | IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new StageFailure("component_unavailable", e.getMessage(), false));
        }
        NestedCall nested = nestedCalls.computeIfAbsent(component.type() + "@" + component.version() + "#"
                + component.bundle().getBundleId(), key -> new NestedCall(validator.compile(component.descriptor().inputSchema()),
                        validator.compile(component.descriptor().outputSchema()), InputDefaults.of(component.descriptor().inputSchema())));
        Object coerced;
        try {
            coerced = Coercion.coerce(input, component.descriptor().inputSchema());
            if (coerced instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> fields = (Map<String, Object>) map;
                coerced = nested.defaults().apply(fields, type);
            }
        } catch (CoercionException | MappingException e) {
            return CompletableFuture.failedFuture(new StageFailure("invalid_input", type + ": " + e.getMessage(), false));
        }
        List<SchemaViolation> violations = nested.input().validate(coerced);
        if (!violations.isEmpty()) {
            return CompletableFuture.failedFuture(new StageFailure("invalid_input", "the input given to " + type
                    + " does not match its input schema: " + describe(violations), false));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> mapped = (Map<String, Object>) coerced;
        CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
        call(component, mapped, caller, 0, (output, failure) -> {
            if (failure != null) {
                answer.completeExceptionally(failure);
                return;
            }
            String tooMuch = limits.nestedOutputProblem(caller.stageId(), type + " " + component.version(), output,
                    caller.nestedOutputBytes());
            if (tooMuch != null) {
                answer.completeExceptionally(new StageFailure("output_too_large", tooMuch, false));
                return;
            }
            List<SchemaViolation> wrong = nested.output().validate(output);
            if (wrong.isEmpty()) {
                answer.complete(output);
            } else {
                answer.completeExceptionally(new StageFailure("invalid_output", type + " " + component.version()
                        + " answered output that does not match its output schema: " + describe(wrong), false));
            }
        });
        return answer;
    }

    /** The first few violations, each with its path, as one line for an error message. */
    static String describe(List<SchemaViolation> violations) {
        return violations.stream().limit(5).map(v -> (v.path().isEmpty() ? "" : v.path() + ": ") + v.message())
                .collect(Collectors.joining("; "));
    }
}
