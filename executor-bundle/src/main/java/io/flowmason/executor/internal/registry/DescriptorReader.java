package io.flowmason.executor.internal.registry;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.executor.ComponentKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the component descriptor the package processor writes at build time. */
final class DescriptorReader {

    static final int SUPPORTED_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private DescriptorReader() {
    }

    /**
     * @throws IOException saying what is wrong with the descriptor when it cannot be used
     */
    static List<ComponentDescriptor> read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (root == null || !root.isObject()) {
            throw new IOException("the component descriptor is not a JSON object; rebuild the package with the FlowMason processor");
        }
        int version = root.path("descriptor_version").asInt(-1);
        if (version != SUPPORTED_VERSION) {
            throw new IOException("descriptor_version " + root.path("descriptor_version") + " is not supported (expected "
                    + SUPPORTED_VERSION + "); rebuild the package with the processor of this instance's SDK");
        }
        List<ComponentDescriptor> components = new ArrayList<>();
        for (JsonNode component : root.path("components")) {
            components.add(component(component));
        }
        return List.copyOf(components);
    }

    private static ComponentDescriptor component(JsonNode node) throws IOException {
        String type = node.path("type").asText("");
        if (type.isEmpty()) {
            throw new IOException("a component in the descriptor has no type; rebuild the package with the FlowMason processor");
        }
        ComponentKind kind;
        try {
            kind = ComponentKind.valueOf(node.path("kind").asText("").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException("component '" + type + "' has kind '" + node.path("kind").asText()
                    + "'; it must be node or operator", e);
        }
        return new ComponentDescriptor(type, kind, node.path("class").asText(""), node.path("category").asText("custom"),
                node.path("description").asText(""), strings(node.path("recommended_providers")),
                strings(node.path("required_capabilities")), schema(node.path("input_schema")), schema(node.path("output_schema")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return List.copyOf(values);
    }

    private static Map<String, Object> schema(JsonNode schema) {
        if (!schema.isObject()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(JSON.convertValue(schema, OBJECT));
    }
}
