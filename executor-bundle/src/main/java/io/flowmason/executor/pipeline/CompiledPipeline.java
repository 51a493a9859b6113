package io.flowmason.executor.pipeline;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A pipeline checked and prepared once, when it is saved or published: templates parsed, stages in
 * topological order, each stage's component resolved, schemas compiled. Runs reuse it as it is.
 */
@ProviderType
public interface CompiledPipeline {

    PipelineDefinition definition();

    /** Stage ids in an order where every stage comes after the stages it depends on. */
    List<String> order();

    /** The registry generation it was compiled under: compile it again when the registry's has moved on. */
    long generation();

    /** The exact component version each stage resolved to when it was compiled. */
    List<ComponentLock> locks();

    /**
     * Checks a run's input against the pipeline's {@code input_schema}.
     *
     * @return one entry per violation, such as {@code /ticket_text: required property is missing}; empty when valid
     */
    List<InputViolation> validateInput(Object input);
}
