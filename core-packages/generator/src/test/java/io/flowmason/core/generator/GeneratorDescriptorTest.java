package io.flowmason.core.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class GeneratorDescriptorTest {

    @Test
    void theDescriptorDescribesTheSchemasTheApiPromises() throws Exception {
        JsonNode component;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("OSGI-INF/flowmason/components.json")) {
            component = new ObjectMapper().readTree(in).path("components").get(0);
        }
        assertThat(component.path("type").asText()).isEqualTo("generator");
        assertThat(component.path("kind").asText()).isEqualTo("node");
        assertThat(component.path("category").asText()).isEqualTo("core");
        assertThat(component.path("recommended_providers").toString()).isEqualTo("[\"anthropic\",\"openai\"]");
        assertThat(component.path("input_schema").toString()).isEqualTo("{\"type\":\"object\",\"properties\":{"
                + "\"prompt\":{\"type\":\"string\",\"description\":\"What to ask the model\"},"
                + "\"system\":{\"type\":\"string\",\"description\":\"The system prompt: the model's role, tone and rules; none when absent\"},"
                + "\"temperature\":{\"type\":\"number\",\"description\":\"Sampling temperature, usually 0 to 1; the provider's default when absent\"},"
                + "\"max_tokens\":{\"type\":\"integer\",\"description\":\"The most tokens to generate; the provider's default when absent\"}},"
                + "\"required\":[\"prompt\"],\"additionalProperties\":false}");
        assertThat(component.path("output_schema").toString()).isEqualTo("{\"type\":\"object\",\"properties\":{"
                + "\"content\":{\"type\":\"string\",\"description\":\"The text the model generated\"}},"
                + "\"additionalProperties\":false}");
    }
}
