package io.flowmason.core.llm.testing;

import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.StageLog;
import io.flowmason.api.provider.LlmProvider;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The smallest execution context a node's test needs: a stage with or without a provider. */
public final class TestContext implements ExecutionContext {

    private static final StageLog SILENT = new StageLog() {
        @Override
        public void debug(String message) {
        }

        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void error(String message) {
        }
    };

    private final LlmProvider provider;

    private TestContext(LlmProvider provider) {
        this.provider = provider;
    }

    /** A stage whose provider is {@code provider}. */
    public static TestContext with(LlmProvider provider) {
        return new TestContext(provider);
    }

    /** A stage that names no provider. */
    public static TestContext withoutProvider() {
        return new TestContext(null);
    }

    @Override
    public String runId() {
        return "run-1";
    }

    @Override
    public String pipelineId() {
        return "pipeline-1";
    }

    @Override
    public String stageId() {
        return "stage-1";
    }

    @Override
    public String environment() {
        return "test";
    }

    @Override
    public Optional<LlmProvider> provider() {
        return Optional.ofNullable(provider);
    }

    @Override
    public Map<String, Object> invoke(String type, String versionSpec, Map<String, Object> input) {
        throw new UnsupportedOperationException("nodes under test invoke no other component");
    }

    @Override
    public CompletionStage<Map<String, Object>> invokeAsync(String type, String versionSpec, Map<String, Object> input) {
        throw new UnsupportedOperationException("nodes under test invoke no other component");
    }

    @Override
    public StageLog log() {
        return SILENT;
    }

    @Override
    public io.flowmason.api.component.TemplatedValue template(Object value, java.util.Set<String> variables) {
        throw new UnsupportedOperationException("templates are not used in this test");
    }
}
