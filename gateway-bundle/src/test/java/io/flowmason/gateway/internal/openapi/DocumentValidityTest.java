package io.flowmason.gateway.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.executor.pipeline.PipelineDefinition;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Both documents pass swagger-parser's validation, also for schemas that use 2020-12-only forms. */
class DocumentValidityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static SwaggerParseResult parse(Map<String, Object> document) throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(JSON.writeValueAsString(document), null, options);
    }

    @Test
    void theInstanceDocumentIsValid() throws Exception {
        SwaggerParseResult result = parse(InstanceDocument.build("0.1.0-SNAPSHOT"));
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getPaths()).hasSizeGreaterThan(20);
    }

    @Test
    void aPipelineDocumentWithDefinitionsTypeListsAndConstIsValid() throws Exception {
        Map<String, Object> input = Map.of("$schema", "https://json-schema.org/draft/2020-12/schema", "$id", "urn:in",
                "type", "object", "required", List.of("items"),
                "$defs", Map.of("Item", Map.of("type", "object", "properties", Map.of("n", Map.of("type", "integer",
                        "exclusiveMinimum", 0)))),
                "properties", Map.of(
                        "items", Map.of("type", "array", "items", Map.of("$ref", "#/$defs/Item"), "minItems", 1),
                        "mode", Map.of("const", "fast", "x-label", "Mode"),
                        "note", Map.of("type", List.of("string", "null"), "examples", List.of("hi")),
                        "any", Map.of("type", List.of("string", "number")),
                        "nothing", Map.of("type", "null")));
        PipelineDefinition pipeline = new PipelineDefinition("p", "P", "2.0.0", null, input, null, List.of(), null);
        SwaggerParseResult result = parse(PipelineDocument.build(pipeline, "2.0.0"));
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getComponents().getSchemas()).containsKeys("Input", "Output", "Input_Item", "RunEnvelope");
    }
}
