package io.flowmason.benchmarks;

import static io.flowmason.benchmarks.Json.object;
import static io.flowmason.benchmarks.Json.schema;

import io.flowmason.executor.internal.mapping.InputMapping;
import io.flowmason.executor.internal.mapping.MappingContext;
import io.flowmason.executor.internal.mapping.MappingException;
import io.flowmason.executor.pipeline.PipelineProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Applying one stage's compiled input mapping, as every stage does on every run: six mapped fields
 * (a text template, a string that becomes an integer, a static value, a list, and two fields of a
 * nested object, one a string that becomes a number) plus a schema default. The baseline builds the
 * same input by hand.
 */
public class InputMappingBenchmark extends NanoBenchmark {

    static final Map<String, Object> COMPONENT_INPUT = schema("object",
            "properties", object(
                    "text", schema("string"),
                    "priority", schema("integer"),
                    "channel", schema("string"),
                    "tags", schema("array", "items", schema("string")),
                    "metadata", schema("object",
                            "properties", object("customer_id", schema("string"), "score", schema("number")),
                            "required", List.of("customer_id"),
                            "additionalProperties", false),
                    "language", schema("string", "default", "en")),
            "required", List.of("text", "priority"),
            "additionalProperties", false);

    static final Map<String, Object> PIPELINE_INPUT = schema("object",
            "properties", object(
                    "ticket_text", schema("string"),
                    "priority", schema("integer"),
                    "priority_text", schema("string"),
                    "customer", schema("object", "properties", object("id", schema("string"), "name", schema("string"))),
                    "labels", schema("array", "items", schema("string"))),
            "required", List.of("ticket_text"));

    static final Map<String, Object> MAPPING = object(
            "text", "{{input.ticket_text}} [{{upstream.enrich.label}}]",
            "priority", "{{input.priority_text}}",
            "channel", "email",
            "tags", "{{input.labels}}",
            "metadata.customer_id", "{{input.customer.id}}",
            "metadata.score", "{{upstream.enrich.score}}");

    private FixedScope scope;
    private InputMapping mapping;

    @Setup
    public void setUp() throws MappingException {
        scope = Ticket.scope();
        List<PipelineProblem> problems = new ArrayList<>();
        mapping = InputMapping.compile(new MappingContext("classify", MAPPING, COMPONENT_INPUT, PIPELINE_INPUT, Set.of(),
                Set.of("enrich", "classify"), Map.of("enrich", schema("object", "properties",
                        object("label", schema("string"), "score", schema("string")))), Set.of()), problems);
        Checks.expect("mapping problems", List.of(), problems);
        Map<String, Object> expected = object("text", Ticket.TEXT + " [late-delivery]", "priority", 2L, "channel", "email",
                "tags", List.of("shipping", "eu"), "metadata", object("customer_id", "c-17", "score", 0.75), "language", "en");
        Checks.expect("mapped input", expected, mapping.apply(scope));
        Checks.expect("hand-built input", expected, baselineHandBuiltInput());
    }

    @Benchmark
    public Map<String, Object> apply() throws MappingException {
        return mapping.apply(scope);
    }

    /** The same input from the same maps, written out by hand: what mapping cannot go below. */
    @Benchmark
    @SuppressWarnings("unchecked")
    public Map<String, Object> baselineHandBuiltInput() {
        Map<String, Object> input = (Map<String, Object>) scope.input();
        Map<String, Object> enrich = (Map<String, Object>) scope.upstream("enrich");
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("customer_id", ((Map<String, Object>) input.get("customer")).get("id"));
        metadata.put("score", Double.parseDouble((String) enrich.get("score")));
        Map<String, Object> mapped = new LinkedHashMap<>();
        mapped.put("text", input.get("ticket_text") + " [" + enrich.get("label") + "]");
        mapped.put("priority", Long.parseLong((String) input.get("priority_text")));
        mapped.put("channel", "email");
        mapped.put("tags", input.get("labels"));
        mapped.put("metadata", metadata);
        mapped.put("language", "en");
        return mapped;
    }
}
