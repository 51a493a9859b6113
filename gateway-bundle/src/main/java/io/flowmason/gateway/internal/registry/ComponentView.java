package io.flowmason.gateway.internal.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.flowmason.executor.ComponentInfo;
import io.flowmason.executor.ComponentStatus;
import io.flowmason.executor.ComponentStatus.AbandonedThreads;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A component as API.md shows it; {@code versions} only in the answer about one type. {@code state}
 * ({@code active}, {@code quarantined}, {@code disabled}) and {@code state_reason} say whether runs
 * may call it, {@code abandoned_threads} the stage threads it kept past their timeouts.
 */
public record ComponentView(
        String type,
        String version,
        String kind,
        String category,
        String description,
        String packageName,
        String packageVersion,
        Map<String, Object> inputSchema,
        Map<String, Object> outputSchema,
        List<String> recommendedProviders,
        List<String> requiredCapabilities,
        boolean isCore,
        boolean isAvailable,
        String loadError,
        Instant deployedAt,
        String state,
        String stateReason,
        AbandonedThreads abandonedThreads,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> versions) {

    static ComponentView of(ComponentInfo info, List<String> versions, ComponentStatus status) {
        String version = info.version().toString();
        return new ComponentView(info.type(), version, info.kind().id(), info.category(), info.description(), info.packageName(),
                version, info.inputSchema(), info.outputSchema(), info.recommendedProviders(), info.requiredCapabilities(),
                info.core(), info.available(), info.loadError(), info.deployedAt(), status.state().id(), status.reason(),
                status.abandonedThreads(), versions);
    }
}
