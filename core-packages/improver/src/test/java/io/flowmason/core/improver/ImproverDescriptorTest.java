package io.flowmason.core.improver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ImproverDescriptorTest {

    @Test
    void theDescriptorDescribesTheSchemasTheApiPromises() throws Exception {
        JsonNode component;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("OSGI-INF/flowmason/components.json")) {
            component = new ObjectMapper().readTree(in).path("components").get(0);
        }
        assertThat(component.path("type").asText()).isEqualTo("improver");
        assertThat(component.path("kind").asText()).isEqualTo("node");
        assertThat(component.path("category").asText()).isEqualTo("core");
        assertThat(component.path("recommended_providers").toString()).isEqualTo("[\"anthropic\",\"openai\"]");
        assertThat(component.path("input_schema").toString()).isEqualTo("{\"type\":\"object\",\"properties\":{\"content\":{\"type\":\"string\","
                + "\"description\":\"The content to revise\"},\"feedback\":{\"type\":\"string\","
                + "\"description\":\"What to change, such as a critic's critique\"}},"
                + "\"required\":[\"content\",\"feedback\"],\"additionalProperties\":false}");
        assertThat(component.path("output_schema").toString()).isEqualTo("{\"type\":\"object\",\"properties\":{\"content\":{\"type\":\"string\","
                + "\"description\":\"The revised content\"}},\"additionalProperties\":false}");
    }
}
