package io.flowmason.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowmason.cli.CliFailure;
import io.flowmason.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineFileTest {

    @TempDir
    Path dir;

    @Test
    void aPulledDefinitionKeepsThePipelineFieldsInOrderWithoutServerFieldsOrNulls() {
        JsonNode answered = Json.parseOrMissing("""
                {"stages": [{"id": "a", "type": "echo", "component_package": null, "provider": null,
                             "input_mapping": {"text": null, "n": 1}, "depends_on": [], "timeout_ms": null, "retry": null}],
                 "created_at": "2030-01-01T00:00:00Z", "description": null, "version": "1.0.0", "id": "p", "name": "P",
                 "input_schema": {"type": "object"}, "output_schema": null, "output": "{{upstream.a}}"}""");

        JsonNode pushed = PipelineFile.forPush(answered);

        assertThat(pushed.toString()).isEqualTo("{\"id\":\"p\",\"name\":\"P\",\"version\":\"1.0.0\",\"input_schema\":{\"type\":\"object\"},"
                + "\"stages\":[{\"id\":\"a\",\"type\":\"echo\",\"input_mapping\":{\"text\":null,\"n\":1},\"depends_on\":[]}],"
                + "\"output\":\"{{upstream.a}}\"}");
    }

    @Test
    void readsAPipelineObjectWithAnId() throws Exception {
        Path file = Files.writeString(dir.resolve("p.json"), "{\"id\": \"p\", \"stages\": []}");

        assertThat(PipelineFile.read(file).path("id").asText()).isEqualTo("p");
    }

    @Test
    void namesTheLineOfMalformedJson() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.json"), "{\n  \"id\": \"p\",\n  \"stages\": [\n}");

        assertThatThrownBy(() -> PipelineFile.read(file)).isInstanceOf(CliFailure.class)
                .hasMessageStartingWith(file + " is not valid JSON: ").hasMessageEndingWith("(line 4).");
    }

    @Test
    void refusesJsonThatIsNoPipelineAndAMissingFile() throws Exception {
        Path list = Files.writeString(dir.resolve("list.json"), "[1, 2]");

        assertThatThrownBy(() -> PipelineFile.read(list)).hasMessageContaining("is not a pipeline: it must be a JSON object with an \"id\"");
        assertThatThrownBy(() -> PipelineFile.read(dir.resolve("absent.json"))).isInstanceOf(CliFailure.class)
                .satisfies(failure -> assertThat(((CliFailure) failure).exitCode()).isEqualTo(ExitCodes.USAGE))
                .hasMessageContaining("no pipeline file at");
    }
}
