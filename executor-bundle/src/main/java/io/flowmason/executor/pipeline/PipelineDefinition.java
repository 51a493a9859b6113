package io.flowmason.executor.pipeline;

import java.util.List;
import java.util.Map;

/**
 * A pipeline as written: a DAG of stages, the schemas of its input and result, and how the result
 * is built. JSON values ({@code inputSchema}, {@code output}) are plain Java trees: maps, lists,
 * strings, numbers, booleans and null.
 *
 * @param output a template string, an object of templates, or null for the last stage's output
 */
public record PipelineDefinition(
        String id,
        String name,
        String version,
        String description,
        Map<String, Object> inputSchema,
        Map<String, Object> outputSchema,
        List<StageDefinition> stages,
        Object output) {

    public PipelineDefinition {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }
}
