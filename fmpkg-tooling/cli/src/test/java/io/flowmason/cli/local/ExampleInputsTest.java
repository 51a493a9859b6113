package io.flowmason.cli.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.cli.CliFailure;
import io.flowmason.fmpkg.checks.DescribedComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleInputsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path examples;

    private static DescribedComponent component(String type, String inputSchema) throws Exception {
        JsonNode schema = JSON.readTree(inputSchema);
        return new DescribedComponent(type, "operator", "com.acme." + type, "acme", "", List.of(), List.of(), schema,
                JSON.readTree("{\"type\": \"object\"}"));
    }

    @Test
    void takesAnObjectOrAnArrayOfObjectsFromTheTypesFile() throws Exception {
        Files.writeString(examples.resolve("one.json"), "{\"text\": \"hi\"}");
        Files.writeString(examples.resolve("two.json"), "[{\"text\": \"a\"}, {\"text\": \"b\"}]");

        Map<String, List<Map<String, Object>>> inputs = ExampleInputs.of(List.of(component("one", "{}"), component("two", "{}")),
                examples);

        assertThat(inputs.get("one")).containsExactly(Map.of("text", "hi"));
        assertThat(inputs.get("two")).containsExactly(Map.of("text", "a"), Map.of("text", "b"));
    }

    @Test
    void withoutAFileBuildsOneInputFromTheSchemasExamplesAndDefaults() throws Exception {
        DescribedComponent component = component("count", """
                {"type": "object", "required": ["text"], "properties": {
                  "text": {"type": "string", "examples": ["to be or not to be"]},
                  "min_length": {"type": "integer", "default": 2},
                  "note": {"type": "string"}}}""");

        assertThat(ExampleInputs.of(List.of(component), examples).get("count"))
                .containsExactly(Map.of("text", "to be or not to be", "min_length", 2));
    }

    @Test
    void namesEachComponentItCannotFindAnInputFor() throws Exception {
        DescribedComponent component = component("classify", """
                {"type": "object", "required": ["ticket_text"], "properties": {"ticket_text": {"type": "string"}}}""");

        assertThatThrownBy(() -> ExampleInputs.of(List.of(component), examples)).isInstanceOf(CliFailure.class)
                .hasMessageContaining("no example input for classify (its input schema has no example or default for ticket_text)")
                .hasMessageContaining("write " + examples.resolve("classify.json"));
    }

    @Test
    void refusesAFileThatHoldsNoInputObject() throws Exception {
        Files.writeString(examples.resolve("one.json"), "[1, 2]");

        assertThatThrownBy(() -> ExampleInputs.of(List.of(component("one", "{}")), examples)).isInstanceOf(CliFailure.class)
                .hasMessageContaining("must hold an input object, or an array of input objects");
    }
}
