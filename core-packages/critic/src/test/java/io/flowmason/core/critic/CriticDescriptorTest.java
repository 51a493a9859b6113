package io.flowmason.core.critic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class CriticDescriptorTest {

    @Test
    void theDescriptorDescribesTheSchemasTheApiPromises() throws Exception {
        JsonNode component;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("OSGI-INF/flowmason/components.json")) {
            component = new ObjectMapper().readTree(in).path("components").get(0);
        }
        assertThat(component.path("type").asText()).isEqualTo("critic");
        assertThat(component.path("kind").asText()).isEqualTo("node");
        assertThat(component.path("category").asText()).isEqualTo("core");
        assertThat(component.path("recommended_providers").toString()).isEqualTo("[\"anthropic\",\"openai\"]");
        assertThat(component.path("input_schema").toString()).isEqualTo("{\"type\":\"object\",\"properties\":{\"content\":{\"type\":\"string\","
                + "\"description\":\"The content to critique\"},\"criteria\":{\"type\":\"string\","
                + "\"description\":\"What to judge the content against; overall quality (accuracy, clarity,"
                + " completeness, structure, fitness for purpose) when absent\"}},\"required\":[\"content\"],"
                + "\"additionalProperties\":false}");
        assertThat(component.path("output_schema").toString()).isEqualTo("{\"type\":\"object\",\"properties\":{\"critique\":{\"type\":\"string\","
                + "\"description\":\"Specific strengths and weaknesses, with how to fix each weakness\"},"
                + "\"score\":{\"type\":\"number\",\"description\":\"How well the content meets the criteria,"
                + " from 0 (not at all) to 1 (fully)\"}},\"additionalProperties\":false}");
    }
}
