package io.flowmason.fmpkg.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the component descriptor the FlowMason processor writes at build time, as the instance's
 * registry does: a descriptor it cannot read leaves the package without listed components.
 */
public final class ComponentDescriptors {

    public static final int SUPPORTED_VERSION = 1;
    public static final Set<String> KINDS = Set.of("node", "operator");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ComponentDescriptors() {
    }

    /**
     * @throws IOException saying what is wrong with the descriptor when it cannot be used
     */
    public static List<DescribedComponent> read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (root == null || !root.isObject()) {
            throw new IOException("the component descriptor is not a JSON object; rebuild the package with the FlowMason processor");
        }
        int version = root.path("descriptor_version").asInt(-1);
        if (version != SUPPORTED_VERSION) {
            throw new IOException("descriptor_version " + root.path("descriptor_version") + " is not supported (expected "
                    + SUPPORTED_VERSION + "); rebuild the package with the processor of this instance's SDK");
        }
        List<DescribedComponent> components = new ArrayList<>();
        for (JsonNode component : root.path("components")) {
            components.add(component(component));
        }
        return List.copyOf(components);
    }

    private static DescribedComponent component(JsonNode node) throws IOException {
        String type = node.path("type").asText("");
        if (type.isEmpty()) {
            throw new IOException("a component in the descriptor has no type; rebuild the package with the FlowMason processor");
        }
        String kind = node.path("kind").asText("");
        if (!KINDS.contains(kind.toLowerCase(Locale.ROOT))) {
            throw new IOException("component '" + type + "' has kind '" + kind + "'; it must be node or operator");
        }
        return new DescribedComponent(type, kind.toLowerCase(Locale.ROOT), node.path("class").asText(""), node.path("category").asText("custom"),
                node.path("description").asText(""), strings(node.path("recommended_providers")),
                strings(node.path("required_capabilities")), node.path("input_schema"), node.path("output_schema"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return List.copyOf(values);
    }
}
