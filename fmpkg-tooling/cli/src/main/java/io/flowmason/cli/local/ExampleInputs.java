package io.flowmason.cli.local;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.cli.CliFailure;
import io.flowmason.cli.ExitCodes;
import io.flowmason.fmpkg.checks.DescribedComponent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs fm test runs each component on: the JSON file {@code <examples>/<type>.json} (one
 * input object, or an array of them), else one input made of the input schema's {@code examples}
 * and {@code default} values, which works when every required field has one.
 */
final class ExampleInputs {

    static final String PROJECT_FOLDER = "src/test/resources/fm-examples";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private ExampleInputs() {
    }

    /**
     * @param folder where the example files are, or null for none
     * @throws CliFailure naming each component without an example and how to give it one
     */
    static Map<String, List<Map<String, Object>>> of(List<DescribedComponent> components, Path folder) throws IOException {
        Map<String, List<Map<String, Object>>> examples = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (DescribedComponent component : components) {
            Path file = folder == null ? null : folder.resolve(component.type() + ".json");
            if (file != null && Files.isRegularFile(file)) {
                examples.put(component.type(), read(file));
            } else {
                List<String> lacking = new ArrayList<>();
                Map<String, Object> input = fromSchema(component.inputSchema(), lacking);
                if (lacking.isEmpty()) {
                    examples.put(component.type(), List.of(input));
                } else {
                    missing.add(component.type() + " (its input schema has no example or default for " + String.join(", ", lacking)
                            + "): write " + (folder == null ? PROJECT_FOLDER : folder) + "/" + component.type() + ".json");
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new CliFailure(ExitCodes.FAILED, "no example input for " + String.join("; ", missing)
                    + " with an input object (or an array of them), or pass --examples <folder>");
        }
        return examples;
    }

    private static List<Map<String, Object>> read(Path file) throws IOException {
        JsonNode content;
        try {
            content = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.FAILED, file + " is not JSON: " + e.getMessage());
        }
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (JsonNode input : content.isArray() ? content : List.of(content)) {
            if (!input.isObject()) {
                throw new CliFailure(ExitCodes.FAILED, file + " must hold an input object, or an array of input objects");
            }
            inputs.add(JSON.convertValue(input, OBJECT));
        }
        return inputs;
    }

    /** The schema's example or default of each property; the required ones with neither go into {@code lacking}. */
    private static Map<String, Object> fromSchema(JsonNode schema, List<String> lacking) {
        Map<String, Object> input = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode property = field.getValue();
            if (property.path("examples").isArray() && !property.path("examples").isEmpty()) {
                input.put(field.getKey(), JSON.convertValue(property.path("examples").get(0), Object.class));
            } else if (property.has("default")) {
                input.put(field.getKey(), JSON.convertValue(property.get("default"), Object.class));
            }
        }
        for (JsonNode required : schema.path("required")) {
            if (!input.containsKey(required.asText())) {
                lacking.add(required.asText());
            }
        }
        return input;
    }
}
