package io.flowmason.executor.internal.mapping;

import java.util.Map;
import java.util.Set;

/**
 * What compiling one stage's input mapping needs to know. Null collections are taken as empty;
 * an empty or missing schema means nothing is known about that value.
 *
 * @param mapping              target field (dotted for nested targets, {@code metadata.customer_id})
 *                             to a template string or a static JSON value
 * @param componentInputSchema the component's input schema; empty accepts anything
 * @param pipelineInputSchema  the pipeline's input schema; empty when unknown
 * @param allowedEnv           environment variables templates may read (FLOWMASON_ENV_ALLOWLIST)
 * @param stageIds             every stage id of the pipeline, this stage's included
 * @param stageOutputSchemas   output schemas by stage id; a missing or empty one is unknown
 * @param extraRoots           template roots besides input, upstream, env and context, such as a loop's item and index
 */
public record MappingContext(
        String stageId,
        Map<String, Object> mapping,
        Map<String, Object> componentInputSchema,
        Map<String, Object> pipelineInputSchema,
        Set<String> allowedEnv,
        Set<String> stageIds,
        Map<String, Map<String, Object>> stageOutputSchemas,
        Set<String> extraRoots) {

    public MappingContext {
        mapping = mapping == null ? Map.of() : mapping;
        componentInputSchema = componentInputSchema == null ? Map.of() : componentInputSchema;
        pipelineInputSchema = pipelineInputSchema == null ? Map.of() : pipelineInputSchema;
        allowedEnv = allowedEnv == null ? Set.of() : allowedEnv;
        stageIds = stageIds == null ? Set.of() : stageIds;
        stageOutputSchemas = stageOutputSchemas == null ? Map.of() : stageOutputSchemas;
        extraRoots = extraRoots == null ? Set.of() : extraRoots;
    }

    /** The checker for references made in this pipeline. */
    ReferenceChecker referenceChecker() {
        return new ReferenceChecker(pipelineInputSchema, allowedEnv, stageIds, stageOutputSchemas);
    }
}
