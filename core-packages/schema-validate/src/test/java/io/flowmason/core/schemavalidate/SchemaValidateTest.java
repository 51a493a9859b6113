package io.flowmason.core.schemavalidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaValidateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String PERSON = "{\"type\":\"object\",\"required\":[\"name\"],\"properties\":{"
            + "\"name\":{\"type\":\"string\"},\"age\":{\"type\":\"integer\",\"minimum\":0},"
            + "\"tags\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/tag\"}}},"
            + "\"$defs\":{\"tag\":{\"type\":\"string\",\"maxLength\":3}}}";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(String json) throws Exception {
        return JSON.readValue(json, Map.class);
    }

    private static SchemaValidate.Output validate(Object data, String schema, Boolean failOnInvalid) throws Exception {
        return new SchemaValidate().execute(new SchemaValidate.Input(data, schema(schema), failOnInvalid), null);
    }

    @Test
    void answersValidForMatchingData() throws Exception {
        SchemaValidate.Output output = validate(Map.of("name", "Ada", "age", 36, "tags", List.of("x")), PERSON, null);

        assertThat(output.valid()).isTrue();
        assertThat(output.errors()).isEmpty();
    }

    @Test
    void failsTheStageOnMismatchByDefault() {
        assertThatThrownBy(() -> validate(Map.of("age", -1, "tags", List.of("long")), PERSON, null))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.INVALID_INPUT);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).startsWith("data does not match the schema: ")
                            .contains("/: required property 'name' not found")
                            .contains("/age: must have a minimum value of 0")
                            .contains("/tags/0: must be at most 3 characters long");
                });
    }

    @Test
    void answersTheErrorsWhenAskedNotToFail() throws Exception {
        SchemaValidate.Output output = validate(Map.of("name", 5), PERSON, false);

        assertThat(output.valid()).isFalse();
        assertThat(output.errors()).containsExactly(new SchemaValidate.SchemaError("/name", "integer found, string expected"));
    }

    @Test
    void honoursTheDraftTheSchemaNames() throws Exception {
        String draft4 = "{\"$schema\":\"http://json-schema.org/draft-04/schema#\",\"maximum\":10,\"exclusiveMaximum\":true}";

        assertThat(validate(10, draft4, false).valid()).isFalse();
        assertThat(validate(9, draft4, false).valid()).isTrue();
        assertThat(validate(null, "{\"type\":\"null\"}", true).valid()).isTrue();
    }

    @Test
    void readsTheDraftsMetaSchemasItShips() throws Exception {
        String schemaOfSchemas = "{\"$ref\":\"https://json-schema.org/draft/2020-12/schema\"}";

        assertThat(validate(Map.of("type", "string"), schemaOfSchemas, true).valid()).isTrue();
        assertThat(validate(Map.of("type", 5), schemaOfSchemas, false).valid()).isFalse();
    }

    @Test
    void refusesASchemaThatIsNotValid() {
        assertThatThrownBy(() -> validate(1, "{\"type\":\"whole number\"}", true))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.CONFIGURATION);
                    assertThat(e.getMessage()).startsWith("schema is not a valid JSON Schema: /type: ");
                });
    }

    @Test
    void refusesRemoteReferencesAndUnknownDrafts() {
        assertThatThrownBy(() -> validate(1, "{\"$ref\":\"https://example.com/number.json\"}", true))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.CONFIGURATION);
                    assertThat(e.getMessage()).startsWith("schema cannot be used: ")
                            .contains("Schema from 'https://example.com/number.json' is not allowed to be loaded");
                });
        assertThatThrownBy(() -> validate(1, "{\"$schema\":\"https://example.com/my-draft\"}", true))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.CONFIGURATION);
                    assertThat(e.getMessage()).startsWith("schema cannot be used: ");
                });
    }

    @Test
    void refusesAMissingSchema() {
        assertThatThrownBy(() -> new SchemaValidate().execute(new SchemaValidate.Input(1, null, true), null))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.CONFIGURATION);
                    assertThat(e.getMessage()).startsWith("schema is missing");
                });
    }

    @Test
    void theDescriptorDescribesTheSchemasTheApiPromises() throws Exception {
        JsonNode component;
        try (InputStream in = SchemaValidateTest.class.getClassLoader().getResourceAsStream("OSGI-INF/flowmason/components.json")) {
            component = new ObjectMapper().readTree(in).path("components").get(0);
        }
        assertThat(component.path("type").asText()).isEqualTo("schema_validate");
        assertThat(component.path("kind").asText()).isEqualTo("operator");
        assertThat(component.path("category").asText()).isEqualTo("core");
        assertThat(component.path("input_schema").toString()).isEqualTo("{\"type\":\"object\",\"properties\":{"
                + "\"data\":{\"description\":\"The JSON value to check\"},"
                + "\"schema\":{\"type\":\"object\",\"description\":\"The JSON Schema; draft 2020-12 unless its $schema names another draft\"},"
                + "\"fail_on_invalid\":{\"type\":\"boolean\","
                + "\"description\":\"Fail the stage when data does not match; false answers valid=false instead\",\"default\":true}},"
                + "\"required\":[\"schema\"],\"additionalProperties\":false}");
        assertThat(component.path("output_schema").toString()).isEqualTo("{\"type\":\"object\",\"properties\":{"
                + "\"valid\":{\"type\":\"boolean\",\"description\":\"Whether data matches the schema\"},"
                + "\"errors\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{"
                + "\"path\":{\"type\":\"string\",\"description\":\"JSON Pointer to the value in data; empty for data itself\"},"
                + "\"message\":{\"type\":\"string\",\"description\":\"What is wrong with it\"}},"
                + "\"required\":[\"path\",\"message\"],\"additionalProperties\":false},"
                + "\"description\":\"Why data does not match; empty when it does\"}},"
                + "\"required\":[\"valid\"],\"additionalProperties\":false}");
    }
}
