package io.flowmason.fmpkg.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorTest {

    @TempDir
    Path out;

    private static final String GREETER = Sources.acme("""
            /** Like the sample package's greeter. */
            @Operator(type = "sample_greeter", category = "samples", description = "Greets each name in a chosen language")
            @Component
            public final class Greeter implements OperatorComponent<Greeter.Input, Greeter.Output> {

                public enum Language { ENGLISH, FRENCH, GERMAN }

                @Description("What to greet and how")
                public record Input(
                        @Required @Description("Who to greet") List<String> names,
                        @Description("Language of the greeting") @DefaultValue("\\"ENGLISH\\"") Language language,
                        @Description("Exclamation marks to add") @DefaultValue("1") Integer emphasis,
                        int maxTokens,
                        @DefaultValue("0.7") double temperature,
                        String userID) {
                }

                public record Output(@Description("One greeting per name, in order") List<String> greetings) {
                }

                @Override
                public Output execute(Input input, ExecutionContext context) {
                    return null;
                }
            }
            """);

    @Test
    void describesAnOperatorWithItsExactSchemas() {
        TestCompilation compilation = TestCompilation.compile(out, "acme/Greeter.java", GREETER);

        assertThat(compilation.problems()).isEmpty();
        assertThat(compilation.success).isTrue();
        JsonNode descriptor = compilation.descriptor();
        assertThat(descriptor.get("descriptor_version").asInt()).isEqualTo(1);
        assertThat(fieldNames(descriptor)).containsExactly("descriptor_version", "components");
        assertThat(descriptor.get("components")).hasSize(1);

        JsonNode greeter = compilation.component("sample_greeter");
        assertThat(fieldNames(greeter)).containsExactly("type", "kind", "class", "category", "description",
                "recommended_providers", "required_capabilities", "input_class", "output_class",
                "input_schema", "output_schema");
        assertThat(greeter.get("kind").asText()).isEqualTo("operator");
        assertThat(greeter.get("class").asText()).isEqualTo("acme.Greeter");
        assertThat(greeter.get("category").asText()).isEqualTo("samples");
        assertThat(greeter.get("description").asText()).isEqualTo("Greets each name in a chosen language");
        assertThat(greeter.get("recommended_providers")).isEmpty();
        assertThat(greeter.get("required_capabilities")).isEmpty();
        assertThat(greeter.get("input_class").asText()).isEqualTo("acme.Greeter$Input");
        assertThat(greeter.get("output_class").asText()).isEqualTo("acme.Greeter$Output");

        assertThat(greeter.get("input_schema")).isEqualTo(TestCompilation.json("""
                {"type": "object",
                 "description": "What to greet and how",
                 "properties": {
                   "names": {"type": "array", "items": {"type": "string"}, "description": "Who to greet"},
                   "language": {"type": "string", "enum": ["ENGLISH", "FRENCH", "GERMAN"],
                                "description": "Language of the greeting", "default": "ENGLISH"},
                   "emphasis": {"type": "integer", "description": "Exclamation marks to add", "default": 1},
                   "max_tokens": {"type": "integer"},
                   "temperature": {"type": "number", "default": 0.7},
                   "user_id": {"type": "string"}
                 },
                 "required": ["names", "max_tokens", "temperature"],
                 "additionalProperties": false}
                """));
        assertThat(fieldNames(greeter.get("input_schema").get("properties")))
                .containsExactly("names", "language", "emphasis", "max_tokens", "temperature", "user_id");
        assertThat(greeter.get("output_schema")).isEqualTo(TestCompilation.json("""
                {"type": "object",
                 "properties": {"greetings": {"type": "array", "items": {"type": "string"},
                                "description": "One greeting per name, in order"}},
                 "additionalProperties": false}
                """));
    }

    @Test
    void describesANodeWithItsProvidersAndCapabilities() {
        TestCompilation compilation = TestCompilation.compile(out, "acme/Classifier.java", Sources.acme("""
                @Node(type = "support_classifier", category = "reasoning", description = "Sorts tickets",
                      recommendedProviders = {"anthropic", "openai"}, requiredCapabilities = "json_mode")
                @Component
                public class Classifier implements NodeComponent<Classifier.Input, Classifier.Output> {
                    public record Input(@Required String ticketText) {}
                    public record Output(String label, double confidence) {}
                    public java.util.concurrent.CompletionStage<Output> execute(Input input, ExecutionContext context) { return null; }
                }
                """));

        assertThat(compilation.problems()).isEmpty();
        JsonNode node = compilation.component("support_classifier");
        assertThat(node.get("kind").asText()).isEqualTo("node");
        assertThat(node.get("category").asText()).isEqualTo("reasoning");
        assertThat(node.get("recommended_providers")).isEqualTo(TestCompilation.json("[\"anthropic\", \"openai\"]"));
        assertThat(node.get("required_capabilities")).isEqualTo(TestCompilation.json("[\"json_mode\"]"));
        assertThat(node.get("input_schema").get("required")).isEqualTo(TestCompilation.json("[\"ticket_text\"]"));
        assertThat(node.get("output_schema").get("required")).isEqualTo(TestCompilation.json("[\"confidence\"]"));
    }

    @Test
    void describesAnAsynchronousOperatorAsAnOperator() {
        TestCompilation compilation = TestCompilation.compile(out, "acme/Fetch.java", Sources.acme("""
                @Operator(type = "fetch", description = "Fetches a page")
                @Component
                public class Fetch implements AsyncOperatorComponent<Fetch.Input, Fetch.Output> {
                    public record Input(@Required String url) {}
                    public record Output(int status) {}
                    public java.util.concurrent.CompletionStage<Output> execute(Input input, ExecutionContext context) { return null; }
                }
                """));

        assertThat(compilation.problems()).isEmpty();
        JsonNode operator = compilation.component("fetch");
        assertThat(operator.get("kind").asText()).isEqualTo("operator");
        assertThat(operator.get("input_schema").get("required")).isEqualTo(TestCompilation.json("[\"url\"]"));
        assertThat(operator.get("output_class").asText()).isEqualTo("acme.Fetch$Output");
    }

    @Test
    void marksADeferredFieldSoThePlatformLeavesItsTemplatesToTheComponent() {
        TestCompilation compilation = TestCompilation.compile(out, "acme/Each.java", Sources.acme("""
                @Operator(type = "each")
                @Component
                public class Each implements OperatorComponent<Each.Input, Each.Output> {
                    public record Input(@Required java.util.List<Object> items, @Deferred java.util.Map<String, Object> template) {}
                    public record Output(int count) {}
                    public Output execute(Input input, ExecutionContext context) { return null; }
                }
                """));

        assertThat(compilation.problems()).isEmpty();
        JsonNode properties = compilation.component("each").get("input_schema").get("properties");
        assertThat(properties.get("template").get("x-flowmason-deferred").asBoolean()).isTrue();
        assertThat(properties.get("items").has("x-flowmason-deferred")).isFalse();
    }

    @Test
    void appliesTheAnnotationDefaultsForCategoryDescriptionAndArrays() {
        TestCompilation compilation = TestCompilation.compile(out, Map.of(
                "acme/Plain.java", Sources.operator("Plain", "plain", "String text"),
                "acme/Bare.java", Sources.acme("""
                        @Node(type = "bare")
                        @Component
                        public class Bare implements NodeComponent<Bare.In, Bare.Out> {
                            public record In() {}
                            public record Out() {}
                            public java.util.concurrent.CompletionStage<Out> execute(In input, ExecutionContext context) { return null; }
                        }
                        """)));

        assertThat(compilation.problems()).isEmpty();
        for (String type : List.of("plain", "bare")) {
            JsonNode component = compilation.component(type);
            assertThat(component.get("category").asText()).isEqualTo("custom");
            assertThat(component.get("description").asText()).isEmpty();
            assertThat(component.get("recommended_providers")).isEmpty();
            assertThat(component.get("required_capabilities")).isEmpty();
        }
        assertThat(compilation.component("bare").get("input_schema")).isEqualTo(TestCompilation.json("""
                {"type": "object", "properties": {}, "additionalProperties": false}
                """));
    }

    @Test
    void describesNestedRecordsCollectionsMapsOptionalsAndValueTypes() {
        TestCompilation compilation = TestCompilation.compile(out, "acme/Rich.java", Sources.acme("""
                import java.time.*;
                import java.math.*;
                import java.net.URI;
                @Operator(type = "rich")
                @Component
                public class Rich implements OperatorComponent<Rich.Input, Rich.Output> {
                    public enum Tag { RED, GREEN }
                    @Description("A postal address")
                    public record Address(@Required String street, Integer houseNumber) {}
                    public record Input(
                            @Description("Where to ship") Address shipTo,
                            Map<String, Integer> counts,
                            Map<String, Object> extra,
                            Map<String, List<Address>> byRegion,
                            @Required Optional<String> nickname,
                            OptionalInt limit,
                            OptionalDouble ratio,
                            Set<Tag> tags,
                            Instant createdAt,
                            LocalDate day,
                            LocalTime at,
                            Duration timeout,
                            UUID id,
                            URI link,
                            byte[] payload,
                            String[] words,
                            List<? extends Number> numbers,
                            Collection<BigDecimal> amounts,
                            Iterable<BigInteger> big,
                            Object anything,
                            char initial,
                            @DefaultValue("{\\"street\\": \\"Main\\", \\"house_number\\": 1}") Address home,
                            @DefaultValue("[\\"RED\\"]") List<Tag> favourites) {}
                    public record Output(boolean ok) {}
                    public Output execute(Input input, ExecutionContext context) { return null; }
                }
                """));

        assertThat(compilation.problems()).isEmpty();
        JsonNode schema = compilation.component("rich").get("input_schema");
        JsonNode address = TestCompilation.json("""
                {"type": "object", "description": "A postal address",
                 "properties": {"street": {"type": "string"}, "house_number": {"type": "integer"}},
                 "required": ["street"], "additionalProperties": false}
                """);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("ship_to", """
                {"type": "object", "description": "Where to ship",
                 "properties": {"street": {"type": "string"}, "house_number": {"type": "integer"}},
                 "required": ["street"], "additionalProperties": false}""");
        expected.put("counts", "{\"type\": \"object\", \"additionalProperties\": {\"type\": \"integer\"}}");
        expected.put("extra", "{\"type\": \"object\"}");
        expected.put("by_region", "{\"type\": \"object\", \"additionalProperties\": {\"type\": \"array\", \"items\": "
                + address + "}}");
        expected.put("nickname", "{\"type\": \"string\"}");
        expected.put("limit", "{\"type\": \"integer\"}");
        expected.put("ratio", "{\"type\": \"number\"}");
        expected.put("tags", "{\"type\": \"array\", \"items\": {\"type\": \"string\", \"enum\": [\"RED\", \"GREEN\"]},"
                + " \"uniqueItems\": true}");
        expected.put("created_at", "{\"type\": \"string\", \"format\": \"date-time\"}");
        expected.put("day", "{\"type\": \"string\", \"format\": \"date\"}");
        expected.put("at", "{\"type\": \"string\", \"format\": \"time\"}");
        expected.put("timeout", "{\"type\": \"string\", \"format\": \"duration\"}");
        expected.put("id", "{\"type\": \"string\", \"format\": \"uuid\"}");
        expected.put("link", "{\"type\": \"string\", \"format\": \"uri\"}");
        expected.put("payload", "{\"type\": \"string\", \"contentEncoding\": \"base64\"}");
        expected.put("words", "{\"type\": \"array\", \"items\": {\"type\": \"string\"}}");
        expected.put("numbers", "{\"type\": \"array\", \"items\": {\"type\": \"number\"}}");
        expected.put("amounts", "{\"type\": \"array\", \"items\": {\"type\": \"number\"}}");
        expected.put("big", "{\"type\": \"array\", \"items\": {\"type\": \"integer\"}}");
        expected.put("anything", "{}");
        expected.put("initial", "{\"type\": \"string\"}");
        expected.put("home", """
                {"type": "object", "description": "A postal address",
                 "properties": {"street": {"type": "string"}, "house_number": {"type": "integer"}},
                 "required": ["street"], "additionalProperties": false,
                 "default": {"street": "Main", "house_number": 1}}""");
        expected.put("favourites", "{\"type\": \"array\", \"items\": {\"type\": \"string\", \"enum\": [\"RED\", \"GREEN\"]},"
                + " \"default\": [\"RED\"]}");

        assertThat(fieldNames(schema.get("properties"))).containsExactlyElementsOf(expected.keySet());
        expected.forEach((property, json) -> assertThat(schema.get("properties").get(property))
                .as(property).isEqualTo(TestCompilation.json(json)));
        // Optional is never required, even when marked @Required; primitives always are
        assertThat(schema.get("required")).isEqualTo(TestCompilation.json("[\"initial\"]"));
    }

    @Test
    void resolvesTheTypeArgumentsOfGenericRecordsAndSuperclasses() {
        TestCompilation compilation = TestCompilation.compile(out, "acme/Paged.java", Sources.acme("""
                abstract class Base<I extends Record> implements OperatorComponent<I, Paged.Page<String>> {}
                @Operator(type = "paged")
                @Component
                public class Paged extends Base<Paged.Query> {
                    public record Query(String q) {}
                    public record Page<T>(List<T> items, T first) {}
                    public Page<String> execute(Query input, ExecutionContext context) { return null; }
                }
                """));

        assertThat(compilation.problems()).isEmpty();
        JsonNode paged = compilation.component("paged");
        assertThat(paged.get("input_class").asText()).isEqualTo("acme.Paged$Query");
        assertThat(paged.get("output_class").asText()).isEqualTo("acme.Paged$Page");
        assertThat(paged.get("output_schema").get("properties")).isEqualTo(TestCompilation.json("""
                {"items": {"type": "array", "items": {"type": "string"}}, "first": {"type": "string"}}
                """));
    }

    @Test
    void sortsComponentsByTypeAndWritesPrettyDeterministicJson() throws Exception {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("acme/Zeta.java", Sources.operator("Zeta", "zeta", "String text"));
        sources.put("acme/Alpha.java", Sources.operator("Alpha", "alpha", "String text"));
        TestCompilation compilation = TestCompilation.compile(out, sources);

        assertThat(compilation.problems()).isEmpty();
        List<String> types = new ArrayList<>();
        compilation.descriptor().get("components").forEach(c -> types.add(c.get("type").asText()));
        assertThat(types).containsExactly("alpha", "zeta");
        String text = Files.readString(compilation.descriptorPath());
        assertThat(text).startsWith("""
                {
                  "descriptor_version": 1,
                  "components": [
                    {
                      "type": "alpha",
                      "kind": "operator",
                      "class": "acme.Alpha",
                      "category": "custom",
                      "description": "",
                      "recommended_providers": [],
                      "required_capabilities": [],
                      "input_class": "acme.Alpha$Input",
                      "output_class": "acme.Alpha$Output",
                      "input_schema": {
                        "type": "object",
                        "properties": {
                          "text": {
                            "type": "string"
                          }
                        },
                        "additionalProperties": false
                      },
                """).endsWith("}\n");
    }

    @Test
    void collectsComponentsFromSeveralRoundsAndWaitsForGeneratedTypes() {
        TestCompilation compilation = TestCompilation.compile(out, Map.of("acme/UsesGenerated.java", Sources.acme("""
                @Operator(type = "uses_generated")
                @Component
                public class UsesGenerated implements OperatorComponent<gen.GeneratedInput, UsesGenerated.Output> {
                    public record Output(String text) {}
                    public Output execute(gen.GeneratedInput input, ExecutionContext context) { return null; }
                }
                """)), new GeneratingProcessor());

        assertThat(compilation.problems()).isEmpty();
        assertThat(compilation.component("uses_generated").get("input_schema").get("properties"))
                .isEqualTo(TestCompilation.json("{\"generated_field\": {\"type\": \"integer\"}}"));
        assertThat(compilation.component("generated_operator").get("class").asText()).isEqualTo("gen.GeneratedOperator");
        assertThat(compilation.descriptor().get("components")).hasSize(2);
    }

    @Test
    void writesNoDescriptorWithoutComponents() {
        TestCompilation compilation = TestCompilation.compile(out, "acme/Helper.java", Sources.acme("""
                @Component
                public class Helper {}
                """));

        assertThat(compilation.problems()).isEmpty();
        assertThat(compilation.wroteDescriptor()).isFalse();
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
