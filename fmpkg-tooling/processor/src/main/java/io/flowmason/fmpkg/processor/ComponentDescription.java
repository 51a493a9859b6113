package io.flowmason.fmpkg.processor;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/** Everything the descriptor says about one component, gathered while its class was checked. */
record ComponentDescription(
        TypeElement element,
        String type,
        ComponentKind kind,
        String className,
        String category,
        String description,
        List<String> recommendedProviders,
        List<String> requiredCapabilities,
        String inputClass,
        String outputClass,
        Map<String, Object> inputSchema,
        Map<String, Object> outputSchema) {
}
