package io.flowmason.fm.testrunner;

import io.flowmason.executor.ComponentInfo;
import io.flowmason.executor.run.RunOutcome;
import io.flowmason.executor.run.StageSpan;
import io.flowmason.executor.run.Usage;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the runner answers, as JDK maps: {@code components}, each with {@code type}, {@code kind},
 * {@code version}, {@code available}, {@code load_error} and {@code runs}; a run has {@code input},
 * {@code status} ({@code completed} or {@code failed}), {@code output}, {@code error} ({@code code},
 * {@code message}), {@code usage} ({@code input_tokens}, {@code output_tokens}, {@code cost_usd}),
 * {@code duration_ms} (the stage's) and {@code logs} ({@code level}, {@code message}).
 */
final class TestReport {

    static final String COMPONENTS = "components";

    private TestReport() {
    }

    static Map<String, Object> component(ComponentInfo component, List<Object> runs) {
        Map<String, Object> report = PackageTestRunner.identity(component);
        report.put("available", component.available());
        report.put("load_error", component.loadError());
        report.put("runs", runs);
        return report;
    }

    static Map<String, Object> failure(Map<String, Object> input, String code, String message) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("input", input);
        run.put("status", "failed");
        run.put("error", Map.of("code", code, "message", message));
        return run;
    }

    static Map<String, Object> outcome(Map<String, Object> input, RunOutcome outcome) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("input", input);
        run.put("status", outcome.status().id());
        run.put("output", outcome.result());
        if (outcome.error() != null) {
            run.put("error", Map.of("code", outcome.error().code(), "message", String.valueOf(outcome.error().message())));
        }
        StageSpan span = outcome.spans().isEmpty() ? null : outcome.spans().get(0);
        Usage usage = span == null || span.usage() == null ? outcome.usage() : span.usage();
        Map<String, Object> tokens = new HashMap<>();
        tokens.put("input_tokens", usage.inputTokens());
        tokens.put("output_tokens", usage.outputTokens());
        tokens.put("cost_usd", usage.costUsd());
        run.put("usage", tokens);
        run.put("duration_ms", span == null ? outcome.usage().durationMs() : span.durationMs());
        run.put("logs", span == null || span.logs() == null ? List.of()
                : span.logs().stream().map(log -> Map.of("level", log.level(), "message", String.valueOf(log.message()))).toList());
        return run;
    }
}
