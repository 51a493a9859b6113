package io.flowmason.core.selector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class SelectorDescriptorTest {

    @Test
    void theDescriptorDescribesTheSchemasTheApiPromises() throws Exception {
        JsonNode component;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("OSGI-INF/flowmason/components.json")) {
            component = new ObjectMapper().readTree(in).path("components").get(0);
        }
        assertThat(component.path("type").asText()).isEqualTo("selector");
        assertThat(component.path("kind").asText()).isEqualTo("node");
        assertThat(component.path("category").asText()).isEqualTo("core");
        assertThat(component.path("recommended_providers").toString()).isEqualTo("[\"anthropic\",\"openai\"]");
        assertThat(component.path("input_schema").toString()).isEqualTo("{\"type\":\"object\",\"properties\":{\"options\":{\"type\":\"array\","
                + "\"items\":{\"type\":\"string\"},\"description\":\"The options to choose from,"
                + " at least one\"},\"criteria\":{\"type\":\"string\","
                + "\"description\":\"What makes an option best; overall quality when absent\"}},"
                + "\"required\":[\"options\"],\"additionalProperties\":false}");
        assertThat(component.path("output_schema").toString()).isEqualTo("{\"type\":\"object\",\"properties\":{\"selected\":{\"type\":\"string\","
                + "\"description\":\"The chosen option, as given\"},\"index\":{\"type\":\"integer\","
                + "\"description\":\"The chosen option's position in options, from 0\"},"
                + "\"reason\":{\"type\":\"string\",\"description\":\"Why the model chose it\"}},"
                + "\"additionalProperties\":false}");
    }
}
