package io.flowmason.benchmarks;

import static io.flowmason.benchmarks.Json.object;

import java.util.List;
import java.util.Map;

/** A support ticket as a pipeline input, and what earlier stages answered about it: the data every benchmark reads. */
final class Ticket {

    static final String TEXT = "My parcel was due on Monday and has not arrived";

    private Ticket() {
    }

    static Map<String, Object> input() {
        return object("ticket_text", TEXT, "priority", 2, "priority_text", "2",
                "customer", object("id", "c-17", "name", "Ada Lovelace"), "labels", List.of("shipping", "eu"));
    }

    /** A classifier's answer, with numbers and a list. */
    static Map<String, Object> classified() {
        return object("label", "shipping", "score", 0.93, "urgent", true,
                "items", List.of(object("name", "a"), object("name", "b"), object("name", "c")));
    }

    /** An enrichment's answer, whose score is text that the next stage's input takes as a number. */
    static Map<String, Object> enriched() {
        return object("label", "late-delivery", "score", "0.75");
    }

    static FixedScope scope() {
        return new FixedScope(input(), Map.of("classify", classified(), "enrich", enriched()),
                Map.of("API_BASE", "https://support.example.com"),
                Map.of("run_id", "run_42", "pipeline_id", "support-triage", "environment", "staging", "stage_id", "shape"));
    }
}
