package io.flowmason.executor.internal.run;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.StageLog;
import io.flowmason.api.provider.LlmProvider;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/** The {@link ExecutionContext} of one stage of one run. */
final class RunContext implements ExecutionContext {

    private final String runId;
    private final String pipelineId;
    private final String stageId;
    private final String environment;
    private final Optional<LlmProvider> provider;
    private final StageRecorder recorder;
    private final NestedInvoker nested;

    RunContext(String runId, String pipelineId, String stageId, String environment, LlmProvider provider,
            StageRecorder recorder, NestedInvoker nested) {
        this.runId = runId;
        this.pipelineId = pipelineId;
        this.stageId = stageId;
        this.environment = environment;
        this.provider = Optional.ofNullable(provider).map(p -> new CountingProvider(p, recorder));
        this.recorder = recorder;
        this.nested = nested;
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
        return nested.invoke(type, versionSpec, input, this);
    }

    @Override
    public StageLog log() {
        return recorder;
    }

    /** Runs another component on behalf of a stage. */
    interface NestedInvoker {
        CompletionStage<Map<String, Object>> invoke(String type, String versionSpec, Map<String, Object> input, RunContext caller);
    }

}
