package io.flowmason.executor.internal.mapping;

import static io.flowmason.executor.internal.mapping.TemplateTest.map;

import io.flowmason.executor.pipeline.PipelineProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A support-triage pipeline's schemas, as the mapping tests use them. */
final class MappingFixtures {

    /** The classifier component's input: closed, with required, default and nested fields. */
    static final Map<String, Object> CLASSIFIER_INPUT = map(
            "type", "object",
            "properties", map(
                    "text", map("type", "string"),
                    "priority", map("type", "integer"),
                    "urgent", map("type", "boolean", "default", false),
                    "language", map("type", "string", "default", "en"),
                    "metadata", map("type", "object",
                            "properties", map(
                                    "customer_id", map("type", "string"),
                                    "tier", map("type", "string", "default", "standard"),
                                    "score", map("type", "number")),
                            "required", List.of("customer_id"),
                            "additionalProperties", false),
                    "tags", map("type", "array", "items", map("type", "string")),
                    "options", map("type", "object")),
            "required", List.of("text", "priority"),
            "additionalProperties", false);

    static final Map<String, Object> PIPELINE_INPUT = map(
            "type", "object",
            "properties", map(
                    "ticket_text", map("type", "string"),
                    "customer", map("type", "object", "properties", map(
                            "id", map("type", "string"), "name", map("type", "string"))),
                    "priority", map("type", "integer"),
                    "meta", map("type", "object"),
                    "labels", map("type", "array", "items", map("type", "string"))),
            "required", List.of("ticket_text"));

    static final Map<String, Map<String, Object>> OUTPUTS = Map.of(
            "enrich", map("type", "object", "properties", map(
                    "label", map("type", "string"),
                    "score", map("type", "number"),
                    "details", map("type", "object"))),
            "shape", Map.of());

    static final Set<String> STAGES = Set.of("classify", "enrich", "shape");

    private MappingFixtures() {
    }

    static MappingContext classify(Map<String, Object> mapping) {
        return new MappingContext("classify", mapping, CLASSIFIER_INPUT, PIPELINE_INPUT, Set.of("API_BASE", "REGION"),
                STAGES, OUTPUTS, Set.of());
    }

    /** As {@link #classify}, with a pipeline input whose schema is unknown, so templates may read any input field. */
    static MappingContext classifyAnyInput(Map<String, Object> mapping) {
        return new MappingContext("classify", mapping, CLASSIFIER_INPUT, null, Set.of("API_BASE", "REGION"), STAGES,
                OUTPUTS, Set.of());
    }

    static List<PipelineProblem> problemsOf(MappingContext context) {
        List<PipelineProblem> problems = new ArrayList<>();
        InputMapping.compile(context, problems);
        return problems;
    }

    static InputMapping compiledWithoutProblems(MappingContext context) {
        List<PipelineProblem> problems = new ArrayList<>();
        InputMapping mapping = InputMapping.compile(context, problems);
        if (!problems.isEmpty()) {
            throw new AssertionError("unexpected problems: " + problems);
        }
        return mapping;
    }
}
