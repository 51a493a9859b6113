package io.flowmason.core.variableset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariableSetTest {

    @Test
    void answersTheVariablesItWasGivenInTheirOrder() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("region", "eu-west");
        variables.put("limit", 10L);
        variables.put("tags", List.of("a", "b"));

        VariableSet.Output output = new VariableSet().execute(new VariableSet.Input(variables), null);

        assertThat(output.variables()).containsExactly(Map.entry("region", "eu-west"), Map.entry("limit", 10L),
                Map.entry("tags", List.of("a", "b")));
    }

    @Test
    void theDescriptorDescribesTheSchemasTheApiPromises() throws Exception {
        JsonNode component;
        try (InputStream in = VariableSetTest.class.getClassLoader().getResourceAsStream("OSGI-INF/flowmason/components.json")) {
            component = new ObjectMapper().readTree(in).path("components").get(0);
        }
        assertThat(component.path("type").asText()).isEqualTo("variable_set");
        assertThat(component.path("kind").asText()).isEqualTo("operator");
        assertThat(component.path("category").asText()).isEqualTo("core");
        assertThat(component.path("input_schema").toString()).isEqualTo("{\"type\":\"object\",\"properties\":{\"variables\":"
                + "{\"type\":\"object\",\"description\":\"Variable names to values; templates in the values are resolved\"}},"
                + "\"required\":[\"variables\"],\"additionalProperties\":false}");
        assertThat(component.path("output_schema").path("properties").path("variables").path("type").asText()).isEqualTo("object");
    }
}
