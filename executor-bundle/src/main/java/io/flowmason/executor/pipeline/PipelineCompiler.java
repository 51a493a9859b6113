package io.flowmason.executor.pipeline;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Checks pipeline definitions against the deployed components and prepares them to run. */
@ProviderType
public interface PipelineCompiler {

    /** Compiles a draft: each stage resolves afresh to the highest active version its spec accepts. */
    Compilation compile(PipelineDefinition definition);

    /**
     * Compiles a published version: each stage is held to the exact component version it was
     * locked to; a lock whose version is no longer deployed is an {@code unknown_component} problem.
     */
    Compilation compile(PipelineDefinition definition, List<ComponentLock> locks);
}
