package io.flowmason.gateway.internal.runs;

import com.fasterxml.jackson.databind.util.RawValue;
import io.flowmason.executor.run.RunError;
import io.flowmason.executor.run.StageSpan;
import io.flowmason.executor.run.Usage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of API.md for runs: the envelope, usage, errors and trace spans. */
final class RunViews {

    private RunViews() {
    }

    static Map<String, Object> envelope(RunRecord run) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("run_id", run.runId());
        envelope.put("pipeline_id", run.pipelineId());
        envelope.put("pipeline_version", run.pipelineVersion());
        envelope.put("status", run.status());
        envelope.put("result", stored(run.result()));
        if (run.error() != null) {
            envelope.put("error", stored(run.error()));
        }
        envelope.put("usage", stored(run.usage()));
        envelope.put("created_at", text(run.createdAt()));
        envelope.put("finished_at", text(run.finishedAt()));
        envelope.put("trace_url", "/api/runs/" + run.runId() + "/trace");
        return envelope;
    }

    static Map<String, Object> trace(RunRecord run) {
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("run_id", run.runId());
        trace.put("pipeline_id", run.pipelineId());
        trace.put("status", run.status());
        trace.put("spans", run.trace() == null ? List.of() : stored(run.trace()));
        return trace;
    }

    static Map<String, Object> usage(Usage usage) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("total_tokens", usage.totalTokens());
        view.put("input_tokens", usage.inputTokens());
        view.put("output_tokens", usage.outputTokens());
        view.put("cost_usd", usage.costUsd());
        view.put("duration_ms", round(usage.durationMs()));
        return view;
    }

    static Map<String, Object> error(RunError error) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("stage", error.stage());
        view.put("code", error.code());
        view.put("message", error.message());
        return view;
    }

    static List<Map<String, Object>> spans(List<StageSpan> spans) {
        return spans.stream().map(RunViews::span).toList();
    }

    private static Map<String, Object> span(StageSpan span) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("stage_id", span.stageId());
        view.put("type", span.type());
        view.put("component_version", span.componentVersion());
        view.put("provider", span.provider());
        view.put("status", span.status().id());
        view.put("started_at", span.startedAt().toString());
        view.put("duration_ms", round(span.durationMs()));
        view.put("attempts", span.attempts());
        view.put("input", span.input());
        view.put("output", span.output());
        view.put("error", span.error() == null ? null : error(span.error()));
        view.put("usage", usage(span.usage()));
        view.put("logs", span.logs().stream().map(l -> Map.of("level", l.level(), "message", l.message())).toList());
        return view;
    }

    private static String text(java.time.Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static double round(double ms) {
        return Math.round(ms * 1000) / 1000.0;
    }

    /**
     * A column of a run record, JSON text the instance wrote itself, put in an answer as it is: no
     * parsing it into a tree only to write that tree out again.
     */
    private static Object stored(String json) {
        return json == null ? null : new RawValue(json);
    }
}
