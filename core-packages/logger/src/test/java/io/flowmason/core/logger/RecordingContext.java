package io.flowmason.core.logger;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.StageLog;
import io.flowmason.api.provider.LlmProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** An execution context whose log records each entry as {@code level: message}; nothing else is lent. */
final class RecordingContext implements ExecutionContext, StageLog {

    final List<String> entries = new ArrayList<>();

    @Override public String runId() { return "run-1"; }
    @Override public String pipelineId() { return "pipeline-1"; }
    @Override public String stageId() { return "log"; }
    @Override public String environment() { return "test"; }
    @Override public Optional<LlmProvider> provider() { return Optional.empty(); }
    @Override public StageLog log() { return this; }

    @Override
    public Map<String, Object> invoke(String type, String versionSpec, Map<String, Object> input) {
        throw new UnsupportedOperationException("the logger invokes no components");
    }

    @Override
    public CompletionStage<Map<String, Object>> invokeAsync(String type, String versionSpec, Map<String, Object> input) {
        throw new UnsupportedOperationException("the logger invokes no components");
    }

    @Override public void debug(String message) { entries.add("debug: " + message); }
    @Override public void info(String message) { entries.add("info: " + message); }
    @Override public void warn(String message) { entries.add("warn: " + message); }
    @Override public void error(String message) { entries.add("error: " + message); }

    @Override
    public io.flowmason.api.component.TemplatedValue template(Object value, java.util.Set<String> variables) {
        throw new UnsupportedOperationException("templates are not used in this test");
    }
}
