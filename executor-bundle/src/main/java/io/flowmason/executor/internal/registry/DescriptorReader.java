package io.flowmason.executor.internal.registry;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.executor.ComponentKind;
import io.flowmason.fmpkg.checks.ComponentDescriptors;
import io.flowmason.fmpkg.checks.DescribedComponent;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the component descriptor the package processor writes at build time, with the reading
 * {@code fm validate} checks packages against ({@link ComponentDescriptors}).
 */
final class DescriptorReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private DescriptorReader() {
    }

    /**
     * @throws IOException saying what is wrong with the descriptor when it cannot be used
     */
    static List<ComponentDescriptor> read(InputStream in) throws IOException {
        return ComponentDescriptors.read(in).stream().map(DescriptorReader::descriptor).toList();
    }

    private static ComponentDescriptor descriptor(DescribedComponent component) {
        return new ComponentDescriptor(component.type(), ComponentKind.valueOf(component.kind().toUpperCase(Locale.ROOT)),
                component.implementationClass(), component.category(), component.description(), component.recommendedProviders(),
                component.requiredCapabilities(), schema(component.inputSchema()), schema(component.outputSchema()));
    }

    private static Map<String, Object> schema(JsonNode schema) {
        if (!schema.isObject()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(JSON.convertValue(schema, OBJECT));
    }
}
