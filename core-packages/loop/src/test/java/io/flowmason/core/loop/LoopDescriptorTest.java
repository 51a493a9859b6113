package io.flowmason.core.loop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LoopDescriptorTest {

    @Test
    void theDescriptorDescribesTheSchemasTheApiPromises() throws Exception {
        JsonNode component;
        try (InputStream in = LoopDescriptorTest.class.getClassLoader().getResourceAsStream("OSGI-INF/flowmason/components.json")) {
            component = new ObjectMapper().readTree(in).path("components").get(0);
        }
        assertThat(component.path("type").asText()).isEqualTo("loop");
        assertThat(component.path("kind").asText()).isEqualTo("operator");
        JsonNode input = component.path("input_schema");
        assertThat(input.path("required").toString()).isEqualTo("[\"items\",\"component\",\"input_mapping\"]");
        assertThat(input.path("properties").fieldNames()).toIterable()
                .containsExactly("items", "component", "input_mapping", "max_concurrency");
        assertThat(input.path("properties").path("input_mapping").path("x-flowmason-deferred").asBoolean()).isTrue();
        assertThat(input.path("properties").path("max_concurrency").path("default").asInt()).isEqualTo(4);
        assertThat(component.path("output_schema").toString()).isEqualTo("{\"type\":\"object\",\"properties\":{\"results\":"
                + "{\"type\":\"array\",\"items\":{},\"description\":\"The component's output for each item, in item order\"}},"
                + "\"additionalProperties\":false}");
    }
}
