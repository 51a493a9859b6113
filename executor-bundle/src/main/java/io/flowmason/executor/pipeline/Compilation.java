package io.flowmason.executor.pipeline;

import java.util.List;
import java.util.Optional;

/**
 * What the compiler made of a pipeline definition: the compiled pipeline when nothing is wrong,
 * else every problem found.
 */
public record Compilation(Optional<CompiledPipeline> pipeline, List<PipelineProblem> problems) {

    public Compilation {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return pipeline.isPresent();
    }
}
