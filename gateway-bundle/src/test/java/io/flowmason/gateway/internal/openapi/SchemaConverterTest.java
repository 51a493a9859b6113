package io.flowmason.gateway.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaConverterTest {

    private final Map<String, Object> hoisted = new LinkedHashMap<>();
    private final SchemaConverter converter = new SchemaConverter("Input_", hoisted);

    @Test
    void typeListsWithNullBecomeNullable() {
        assertThat(converter.convert(Map.of("type", List.of("string", "null"))))
                .isEqualTo(Map.of("type", "string", "nullable", true));
        assertThat(converter.convert(Map.of("type", List.of("string", "integer"))))
                .isEqualTo(Map.of("oneOf", List.of(Map.of("type", "string"), Map.of("type", "integer"))));
    }

    @Test
    void dropsSchemaAndIdKeepsExtensionsAndTurnsConstIntoEnum() {
        Map<String, Object> converted = converter.convert(Map.of("$schema", "https://json-schema.org/draft/2020-12/schema",
                "$id", "urn:x", "x-ui", "wide", "const", "fixed", "$comment", "c", "if", Map.of()));
        assertThat(converted).isEqualTo(Map.of("x-ui", "wide", "enum", List.of("fixed")));
    }

    @Test
    void convertsNestedPropertiesItemsAndCombinators() {
        Map<String, Object> converted = converter.convert(Map.of("type", "object", "required", List.of("tags"),
                "properties", Map.of("tags", Map.of("type", "array", "items", Map.of("type", List.of("string", "null"))),
                        "$schema", Map.of("type", "string")),
                "additionalProperties", false,
                "anyOf", List.of(Map.of("const", 1), true)));
        assertThat(converted.get("required")).isEqualTo(List.of("tags"));
        assertThat(converted.get("additionalProperties")).isEqualTo(false);
        Map<?, ?> properties = (Map<?, ?>) converted.get("properties");
        assertThat(properties.get("tags")).isEqualTo(Map.of("type", "array", "items", Map.of("type", "string", "nullable", true)));
        assertThat(properties.get("$schema")).as("a property named $schema is a property").isEqualTo(Map.of("type", "string"));
        assertThat(converted.get("anyOf")).isEqualTo(List.of(Map.of("enum", List.of(1)), Map.of()));
    }

    @Test
    void numericExclusiveBoundsExamplesAndArraysWithoutItems() {
        assertThat(converter.convert(Map.of("type", "number", "exclusiveMinimum", 0, "examples", List.of(3, 4))))
                .isEqualTo(Map.of("type", "number", "minimum", 0, "exclusiveMinimum", true, "example", 3));
        assertThat(converter.convert(Map.of("type", "array"))).isEqualTo(Map.of("type", "array", "items", Map.of()));
        assertThat(converter.convert(Map.of("type", "object", "required", List.of()))).isEqualTo(Map.of("type", "object"));
    }

    @Test
    void definitionsMoveToTheComponentsAndTheirReferencesFollow() {
        Map<String, Object> converted = converter.convert(Map.of("$defs", Map.of("Tag", Map.of("type", List.of("string", "null"))),
                "type", "object", "properties", Map.of("tag", Map.of("$ref", "#/$defs/Tag", "description", "the tag"))));
        assertThat(hoisted).isEqualTo(Map.of("Input_Tag", Map.of("type", "string", "nullable", true)));
        assertThat(((Map<?, ?>) converted.get("properties")).get("tag")).isEqualTo(Map.of("description", "the tag",
                "allOf", List.of(Map.of("$ref", "#/components/schemas/Input_Tag"))));
    }

    @Test
    void absentOrBooleanSchemas() {
        assertThat(converter.convert(null)).isEmpty();
        assertThat(converter.convert(true)).isEmpty();
        assertThat(converter.convert(false)).isEqualTo(Map.of("not", Map.of()));
    }
}
