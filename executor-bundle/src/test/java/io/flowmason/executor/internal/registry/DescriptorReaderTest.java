package io.flowmason.executor.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowmason.executor.ComponentKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DescriptorReaderTest {

    private static List<ComponentDescriptor> read(String json) throws IOException {
        return DescriptorReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsEveryFieldTheProcessorWrites() throws IOException {
        List<ComponentDescriptor> components = read("""
                {"descriptor_version": 1, "components": [{
                  "type": "support_classifier", "kind": "node", "class": "com.acme.Classifier",
                  "category": "acme", "description": "Sorts tickets",
                  "recommended_providers": ["anthropic", "openai"], "required_capabilities": ["json_mode"],
                  "input_class": "com.acme.Classifier$Input", "output_class": "com.acme.Classifier$Output",
                  "input_schema": {"type": "object", "properties": {"ticket_text": {"type": "string"}}, "required": ["ticket_text"]},
                  "output_schema": {"type": "object", "properties": {"label": {"type": "string"}}}}]}
                """);

        assertThat(components).hasSize(1);
        ComponentDescriptor component = components.get(0);
        assertThat(component.type()).isEqualTo("support_classifier");
        assertThat(component.kind()).isEqualTo(ComponentKind.NODE);
        assertThat(component.implementationClass()).isEqualTo("com.acme.Classifier");
        assertThat(component.category()).isEqualTo("acme");
        assertThat(component.description()).isEqualTo("Sorts tickets");
        assertThat(component.recommendedProviders()).containsExactly("anthropic", "openai");
        assertThat(component.requiredCapabilities()).containsExactly("json_mode");
        assertThat(component.inputSchema()).containsEntry("required", List.of("ticket_text"));
        assertThat(component.inputSchema().get("properties")).isEqualTo(Map.of("ticket_text", Map.of("type", "string")));
        assertThat(component.outputSchema()).containsEntry("type", "object");
    }

    @Test
    void schemasCannotBeChangedByWhoeverReadsThem() throws IOException {
        ComponentDescriptor component = read("""
                {"descriptor_version": 1, "components": [{"type": "a", "kind": "operator", "input_schema": {"type": "object"}}]}
                """).get(0);
        assertThatThrownBy(() -> component.inputSchema().put("type", "array")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(component.outputSchema()).isEmpty();
        assertThat(component.category()).isEqualTo("custom");
    }

    @Test
    void refusesAnUnknownDescriptorVersionSayingHowToFixIt() {
        assertThatThrownBy(() -> read("{\"descriptor_version\": 7, \"components\": []}"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("descriptor_version 7 is not supported")
                .hasMessageContaining("rebuild the package");
    }

    @Test
    void refusesAComponentWithoutTypeOrWithAnUnknownKind() {
        assertThatThrownBy(() -> read("{\"descriptor_version\": 1, \"components\": [{\"kind\": \"node\"}]}"))
                .hasMessageContaining("has no type");
        assertThatThrownBy(() -> read("{\"descriptor_version\": 1, \"components\": [{\"type\": \"a\", \"kind\": \"agent\"}]}"))
                .hasMessageContaining("kind 'agent'")
                .hasMessageContaining("node or operator");
    }

    @Test
    void refusesSomethingThatIsNotADescriptor() {
        assertThatThrownBy(() -> read("[1, 2]")).isInstanceOf(IOException.class).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> read("{oops")).isInstanceOf(IOException.class);
    }
}
