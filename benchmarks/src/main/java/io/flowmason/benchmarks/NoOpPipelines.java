package io.flowmason.benchmarks;

import static io.flowmason.benchmarks.Json.object;
import static io.flowmason.benchmarks.Json.schema;

import io.flowmason.executor.pipeline.PipelineDefinition;
import io.flowmason.executor.pipeline.StageDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Pipelines of {@link NoOpOperator} stages s1, s2, ... that pass the ticket's text and priority along. */
final class NoOpPipelines {

    static final Map<String, Object> INPUT_SCHEMA = schema("object",
            "properties", object("ticket_text", schema("string"), "priority", schema("integer")),
            "required", List.of("ticket_text"));

    private NoOpPipelines() {
    }

    /** By name: {@code chain-N} (each stage reads the one before) or {@code fanout-N} (see {@link #fanOut}). */
    static PipelineDefinition named(String name) {
        String[] shapeAndSize = name.split("-");
        int stages = Integer.parseInt(shapeAndSize[1]);
        return switch (shapeAndSize[0]) {
            case "chain" -> chain(name, stages);
            case "fanout" -> fanOut(name, stages);
            default -> throw new IllegalArgumentException("unknown pipeline shape in '" + name + "'; use chain-N or fanout-N");
        };
    }

    static PipelineDefinition chain(String id, int stages) {
        List<StageDefinition> definitions = new ArrayList<>();
        definitions.add(stage(1, "input.ticket_text", "input.priority", List.of()));
        for (int i = 2; i <= stages; i++) {
            definitions.add(stage(i, "upstream.s" + (i - 1) + ".text", "upstream.s" + (i - 1) + ".priority", List.of()));
        }
        return pipeline(id, definitions);
    }

    /** s1 reads the input, s2 .. s(N-1) each read s1 and may run at once, sN waits for all of them. */
    static PipelineDefinition fanOut(String id, int stages) {
        List<StageDefinition> definitions = new ArrayList<>();
        definitions.add(stage(1, "input.ticket_text", "input.priority", List.of()));
        List<String> middle = new ArrayList<>();
        for (int i = 2; i < stages; i++) {
            definitions.add(stage(i, "upstream.s1.text", "upstream.s1.priority", List.of()));
            middle.add("s" + i);
        }
        String last = middle.get(middle.size() - 1);
        definitions.add(stage(stages, "upstream." + last + ".text", "upstream." + last + ".priority", middle));
        return pipeline(id, definitions);
    }

    private static StageDefinition stage(int number, String text, String priority, List<String> dependsOn) {
        return new StageDefinition("s" + number, NoOpOperator.TYPE, null, null,
                object("text", "{{" + text + "}}", "priority", "{{" + priority + "}}"), dependsOn, null, null);
    }

    private static PipelineDefinition pipeline(String id, List<StageDefinition> stages) {
        return new PipelineDefinition(id, id, "1.0.0", "no-op stages for the benchmarks", INPUT_SCHEMA, null, stages, null);
    }
}
