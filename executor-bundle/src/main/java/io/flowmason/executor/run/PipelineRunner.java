package io.flowmason.executor.run;

import io.flowmason.executor.pipeline.CompiledPipeline;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs compiled pipelines through the one universal path. A run never fails its stage: every
 * failure of a component or of the pipeline's own contract ends as a {@link RunOutcome} with
 * status {@code failed}; only the platform's own faults complete it exceptionally.
 */
@ProviderType
public interface PipelineRunner {

    /**
     * Starts a run and answers at once; the stage completes when the run has finished. Holds no
     * thread while stages wait on their models.
     *
     * @param input the run's input, already checked with {@link CompiledPipeline#validateInput}
     */
    CompletionStage<RunOutcome> run(CompiledPipeline pipeline, Object input, RunRequest request);
}
