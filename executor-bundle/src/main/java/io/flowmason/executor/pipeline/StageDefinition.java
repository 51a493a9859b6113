package io.flowmason.executor.pipeline;

import java.util.List;
import java.util.Map;

/**
 * One stage of a pipeline.
 *
 * @param componentPackage optional {@code <package>@<version spec>}, such as
 *                         {@code acme-corp/support-classifier@1.0.0}, or just a version spec
 * @param inputMapping     target field (dotted for nested targets) to a template or a static JSON value
 * @param timeoutMs        null for the platform default
 * @param retry            null for no retry
 */
public record StageDefinition(
        String id,
        String type,
        String componentPackage,
        String provider,
        Map<String, Object> inputMapping,
        List<String> dependsOn,
        Long timeoutMs,
        RetryPolicy retry) {

    public StageDefinition {
        inputMapping = inputMapping == null ? Map.of() : inputMapping;
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }
}
