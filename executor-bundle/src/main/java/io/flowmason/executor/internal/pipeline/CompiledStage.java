package io.flowmason.executor.internal.pipeline;

import io.flowmason.executor.ComponentKind;
import io.flowmason.executor.internal.mapping.InputMapping;
import io.flowmason.executor.internal.registry.DeployedComponent;
import io.flowmason.executor.internal.validation.CompiledSchema;
import io.flowmason.executor.pipeline.RetryPolicy;
import io.flowmason.executor.pipeline.StageDefinition;
import java.util.List;

/**
 * One stage ready to run: its component version, compiled mapping and schemas, where it sits in
 * the DAG (indexes into the pipeline's stage order), and the warnings the trace should carry.
 */
public record CompiledStage(
        int index,
        StageDefinition definition,
        DeployedComponent component,
        InputMapping mapping,
        CompiledSchema inputSchema,
        CompiledSchema outputSchema,
        int[] dependencies,
        int[] dependents,
        long timeoutMs,
        RetryPolicy retry,
        List<String> warnings) {

    public String id() {
        return definition.id();
    }

    public boolean isNode() {
        return component.descriptor().kind() == ComponentKind.NODE;
    }
}
