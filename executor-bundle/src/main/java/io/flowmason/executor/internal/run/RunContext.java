package io.flowmason.executor.internal.run;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.StageLog;
import io.flowmason.api.component.TemplatedValue;
import io.flowmason.api.provider.LlmProvider;
import io.flowmason.executor.internal.mapping.Scope;
import io.flowmason.executor.internal.mapping.TemplateException;
import io.flowmason.executor.internal.mapping.ValueTemplate;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/** The {@link ExecutionContext} of one stage of one run. */
final class RunContext implements ExecutionContext {

    private final String runId;
    private final String pipelineId;
    private final String stageId;
    private final String environment;
    private final Optional<LlmProvider> provider;
    private final StageRecorder recorder;
    private final NestedInvoker nested;
    private final Scope scope;
    private final AtomicLong nestedOutputBytes = new AtomicLong();

    RunContext(String runId, String pipelineId, String stageId, String environment, LlmProvider provider,
            StageRecorder recorder, NestedInvoker nested, Scope scope) {
        this.scope = scope;
        this.runId = runId;
        this.pipelineId = pipelineId;
        this.stageId = stageId;
        this.environment = environment;
        this.provider = Optional.ofNullable(provider).map(p -> new CountingProvider(p, recorder));
        this.recorder = recorder;
        this.nested = nested;
    }

    /** What the components this stage called have answered so far, in bytes of JSON. */
    AtomicLong nestedOutputBytes() {
        return nestedOutputBytes;
    }

    @Override
    public String runId() {
        return runId;
    }

    @Override
    public String pipelineId() {
        return pipelineId;
    }

    @Override
    public String stageId() {
        return stageId;
    }

    @Override
    public String environment() {
        return environment;
    }

    @Override
    public Optional<LlmProvider> provider() {
        return provider;
    }

    @Override
    public Map<String, Object> invoke(String type, String versionSpec, Map<String, Object> input) throws ComponentException {
        try {
            return invokeAsync(type, versionSpec, input).toCompletableFuture().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ComponentException(ErrorType.TIMEOUT, "interrupted while " + type + " ran", true, e);
        } catch (ExecutionException e) {
            throw Failures.asComponentException(e.getCause());
        }
    }

    @Override
    public CompletionStage<Map<String, Object>> invokeAsync(String type, String versionSpec, Map<String, Object> input) {
        // The calling component sees the API's ComponentException, never the platform's own failure types.
        return nested.invoke(type, versionSpec, input, this).exceptionallyCompose(failure ->
                CompletableFuture.failedFuture(Failures.asComponentException(failure)));
    }

    @Override
    public TemplatedValue template(Object value, Set<String> variables) throws ComponentException {
        Map<String, TemplateException> errors = new LinkedHashMap<>();
        ValueTemplate compiled = ValueTemplate.compile(value, variables, errors);
        if (compiled == null) {
            Map.Entry<String, TemplateException> first = errors.entrySet().iterator().next();
            throw new ComponentException(ErrorType.CONFIGURATION, "invalid template" + (first.getKey().isEmpty() ? "" : " at "
                    + first.getKey()) + ": " + first.getValue().problem() + "; " + first.getValue().hint(), false);
        }
        return own -> compiled.render(new VariableScope(scope, own));
    }

    @Override
    public StageLog log() {
        return recorder;
    }

    /** The run's scope with a component's own variables ({@code item}, {@code index}) beside it. */
    private record VariableScope(Scope run, Map<String, Object> variables) implements Scope {
        @Override
        public Object input() {
            return run.input();
        }

        @Override
        public Object upstream(String stageId) {
            return run.upstream(stageId);
        }

        @Override
        public String env(String name) {
            return run.env(name);
        }

        @Override
        public Object context(String key) {
            return run.context(key);
        }

        @Override
        public Object extra(String root) {
            return variables == null ? null : variables.get(root);
        }
    }

    /** Runs another component on behalf of a stage. */
    interface NestedInvoker {
        CompletionStage<Map<String, Object>> invoke(String type, String versionSpec, Map<String, Object> input, RunContext caller);
    }

}
