package io.flowmason.core.synthesizer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class SynthesizerDescriptorTest {

    @Test
    void theDescriptorDescribesTheSchemasTheApiPromises() throws Exception {
        JsonNode component;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("OSGI-INF/flowmason/components.json")) {
            component = new ObjectMapper().readTree(in).path("components").get(0);
        }
        assertThat(component.path("type").asText()).isEqualTo("synthesizer");
        assertThat(component.path("kind").asText()).isEqualTo("node");
        assertThat(component.path("category").asText()).isEqualTo("core");
        assertThat(component.path("recommended_providers").toString()).isEqualTo("[\"anthropic\",\"openai\"]");
        assertThat(component.path("input_schema").toString()).isEqualTo("{\"type\":\"object\",\"properties\":{\"inputs\":{\"type\":\"array\","
                + "\"items\":{\"type\":\"string\"},\"description\":\"The texts to combine, at least one\"},"
                + "\"instructions\":{\"type\":\"string\","
                + "\"description\":\"How to combine them; one coherent text keeping every important point,"
                + " noting where the texts disagree, when absent\"}},\"required\":[\"inputs\"],"
                + "\"additionalProperties\":false}");
        assertThat(component.path("output_schema").toString()).isEqualTo("{\"type\":\"object\",\"properties\":{\"content\":{\"type\":\"string\","
                + "\"description\":\"The combined text\"}},\"additionalProperties\":false}");
    }
}
