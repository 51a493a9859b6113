package io.flowmason.gateway.internal.runs;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.util.RawValue;
import io.flowmason.executor.run.RunError;
import io.flowmason.executor.run.StageSpan;
import io.flowmason.executor.run.Usage;
import io.flowmason.gateway.internal.pipelines.PipelineJson;
import java.io.IOException;
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

    /** The run's usage as JSON text, for its record. */
    static String usageJson(Usage usage) {
        return PipelineJson.write(json -> writeUsage(json, usage));
    }

    /** The run's error as JSON text, for its record. */
    static String errorJson(RunError error) {
        return PipelineJson.write(json -> writeError(json, error));
    }

    /**
     * The trace's spans as JSON text, for the run's record. Written field by field, not built as maps
     * and then serialized: this runs for every run, on the stage thread that finishes it.
     */
    static String spansJson(List<StageSpan> spans) {
        return PipelineJson.write(json -> {
            json.writeStartArray();
            for (StageSpan span : spans) {
                writeSpan(json, span);
            }
            json.writeEndArray();
        });
    }

    private static void writeSpan(JsonGenerator json, StageSpan span) throws IOException {
        json.writeStartObject();
        json.writeStringField("stage_id", span.stageId());
        json.writeStringField("type", span.type());
        json.writeStringField("component_version", span.componentVersion());
        json.writeStringField("provider", span.provider());
        json.writeStringField("status", span.status().id());
        json.writeStringField("started_at", span.startedAt().toString());
        json.writeNumberField("duration_ms", round(span.durationMs()));
        json.writeNumberField("attempts", span.attempts());
        json.writeFieldName("input");
        json.writeObject(span.input());
        json.writeFieldName("output");
        json.writeObject(span.output());
        json.writeFieldName("error");
        if (span.error() == null) {
            json.writeNull();
        } else {
            writeError(json, span.error());
        }
        json.writeFieldName("usage");
        writeUsage(json, span.usage());
        json.writeArrayFieldStart("logs");
        for (StageSpan.LogEntry log : span.logs()) {
            json.writeStartObject();
            json.writeStringField("level", log.level());
            json.writeStringField("message", log.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeUsage(JsonGenerator json, Usage usage) throws IOException {
        json.writeStartObject();
        json.writeNumberField("total_tokens", usage.totalTokens());
        json.writeNumberField("input_tokens", usage.inputTokens());
        json.writeNumberField("output_tokens", usage.outputTokens());
        json.writeNumberField("cost_usd", usage.costUsd());
        json.writeNumberField("duration_ms", round(usage.durationMs()));
        json.writeEndObject();
    }

    private static void writeError(JsonGenerator json, RunError error) throws IOException {
        json.writeStartObject();
        json.writeStringField("stage", error.stage());
        json.writeStringField("code", error.code());
        json.writeStringField("message", error.message());
        json.writeEndObject();
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
