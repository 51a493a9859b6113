package io.flowmason.executor.internal.pipeline;

import io.flowmason.executor.internal.mapping.ValueTemplate;
import io.flowmason.executor.internal.validation.CompiledSchema;
import io.flowmason.executor.pipeline.CompiledPipeline;
import io.flowmason.executor.pipeline.ComponentLock;
import io.flowmason.executor.pipeline.InputViolation;
import io.flowmason.executor.pipeline.PipelineDefinition;
import java.util.List;

/**
 * A compiled pipeline: its stages in topological order, how its result is built, and its
 * compiled input and output schemas.
 *
 * @param output null when the result is the last stage's output
 */
public record CompiledPipelineImpl(
        PipelineDefinition definition,
        List<CompiledStage> stages,
        ValueTemplate output,
        CompiledSchema inputSchema,
        CompiledSchema outputSchema,
        long generation) implements CompiledPipeline {

    @Override
    public List<String> order() {
        return stages.stream().map(CompiledStage::id).toList();
    }

    @Override
    public List<ComponentLock> locks() {
        return stages.stream().map(s -> new ComponentLock(s.id(), s.component().type(), s.component().version().toString(),
                s.component().packageName())).toList();
    }

    @Override
    public List<InputViolation> validateInput(Object input) {
        return inputSchema.validate(input).stream().map(v -> new InputViolation(v.path(), v.message())).toList();
    }
}
