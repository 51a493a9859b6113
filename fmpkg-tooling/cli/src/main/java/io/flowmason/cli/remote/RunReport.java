package io.flowmason.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowmason.cli.TextTable;
import java.io.PrintWriter;

/** A run for people: its envelope (status, result, usage, error) and its trace as a table of stages. */
final class RunReport {

    private RunReport() {
    }

    static void printEnvelope(PrintWriter out, JsonNode run) {
        out.println("Run " + run.path("run_id").asText() + ": " + run.path("status").asText() + " (pipeline "
                + run.path("pipeline_id").asText() + " " + Json.text(run.path("pipeline_version")) + ")");
        if (run.path("error").isObject()) {
            out.println("Error: " + error(run.path("error")));
        }
        if (run.has("result") && !run.path("result").isNull()) {
            out.println("Result:");
            out.println(Json.pretty(run.path("result")));
        }
        if (run.path("usage").isObject()) {
            out.println("Usage: " + usage(run.path("usage")));
        }
        out.flush();
    }

    static void printStages(PrintWriter out, JsonNode trace) {
        JsonNode spans = trace.path("spans");
        if (spans.isEmpty()) {
            out.println("No stage ran.");
            out.flush();
            return;
        }
        TextTable table = new TextTable("STAGE", "TYPE", "VERSION", "PROVIDER", "STATUS", "MS", "ATTEMPTS", "TOKENS");
        for (JsonNode span : spans) {
            table.row(span.path("stage_id").asText(), span.path("type").asText(), Json.text(span.path("component_version")),
                    Json.text(span.path("provider")), span.path("status").asText(), Json.text(span.path("duration_ms")),
                    Json.text(span.path("attempts")), Json.text(span.path("usage").path("total_tokens")));
        }
        table.print(out);
        for (JsonNode span : spans) {
            if (span.path("error").isObject()) {
                out.println(span.path("stage_id").asText() + " failed: " + error(span.path("error")));
            }
            for (JsonNode log : span.path("logs")) {
                out.println(span.path("stage_id").asText() + " " + log.path("level").asText() + ": " + log.path("message").asText());
            }
        }
        out.flush();
    }

    static String usage(JsonNode usage) {
        return Json.text(usage.path("total_tokens")) + " tokens (" + Json.text(usage.path("input_tokens")) + " input, "
                + Json.text(usage.path("output_tokens")) + " output), $" + Json.text(usage.path("cost_usd")) + ", "
                + Json.text(usage.path("duration_ms")) + " ms";
    }

    static String error(JsonNode error) {
        String stage = error.path("stage").isTextual() ? "stage " + error.path("stage").asText() + ": " : "";
        String code = error.path("code").isTextual() ? error.path("code").asText() + ": " : "";
        return stage + code + Json.text(error.path("message"));
    }
}
