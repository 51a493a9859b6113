package io.flowmason.executor.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaValidator validator = new SchemaValidator();

    private static Map<String, Object> json(String text) {
        try {
            return JSON.readValue(text, new TypeReference<>() {
            });
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static final String TICKET = """
            {"type": "object",
             "properties": {
               "ticket_text": {"type": "string", "minLength": 1},
               "priority": {"enum": ["low", "normal", "high"]},
               "received_at": {"type": "string", "format": "date-time"},
               "attempts": {"type": "integer", "minimum": 0},
               "items": {"type": "array", "maxItems": 5, "items": {
                  "type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}}
             },
             "required": ["ticket_text"],
             "additionalProperties": false}
            """;

    @Test
    void aValidDocumentHasNoViolations() {
        CompiledSchema schema = validator.compile(json(TICKET));

        assertThat(schema.validate(json("""
                {"ticket_text": "My order is late", "priority": "high", "received_at": "2025-03-01T10:15:30Z",
                 "attempts": 2, "items": [{"name": "socks"}]}
                """))).isEmpty();
        assertThat(schema.validate(Map.of("ticket_text", "x"))).isEmpty();
    }

    @Test
    void aMissingRequiredPropertyIsNamedByItsPath() {
        List<SchemaViolation> violations = validator.compile(json(TICKET)).validate(Map.of("priority", "low"));

        assertThat(violations).containsExactly(
                new SchemaViolation("/ticket_text", "required property 'ticket_text' is missing", "required"));
    }

    @Test
    void wrongTypesAreReportedAllAtOnce() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("ticket_text", 42);
        document.put("attempts", "two");

        List<SchemaViolation> violations = validator.compile(json(TICKET)).validate(document);

        assertThat(violations).extracting(SchemaViolation::path).containsExactlyInAnyOrder("/ticket_text", "/attempts");
        assertThat(violations).extracting(SchemaViolation::keyword).containsOnly("type");
        assertThat(violations).extracting(SchemaViolation::message)
                .containsExactlyInAnyOrder("expected string but found integer", "expected integer but found string");
    }

    @Test
    void theRootItselfHasTheEmptyPath() {
        List<SchemaViolation> violations = validator.compile(json(TICKET)).validate(List.of("not", "an", "object"));

        assertThat(violations).containsExactly(new SchemaViolation("", "expected object but found array", "type"));
        assertThat(validator.compile(json(TICKET)).validate(null)).extracting(SchemaViolation::path).containsExactly("");
    }

    @Test
    void nestedPathsGoThroughArrayIndexes() {
        List<Object> items = new ArrayList<>();
        items.add(Map.of("name", "a"));
        items.add(Map.of("name", "b"));
        items.add(Map.of("name", 3));
        items.add(Map.of());

        List<SchemaViolation> violations = validator.compile(json(TICKET)).validate(Map.of("ticket_text", "t", "items", items));

        assertThat(violations).extracting(SchemaViolation::path, SchemaViolation::keyword)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("/items/2/name", "type"),
                        org.assertj.core.groups.Tuple.tuple("/items/3/name", "required"));
    }

    @Test
    void enumConstraintsListTheAllowedValues() {
        List<SchemaViolation> violations = validator.compile(json(TICKET)).validate(Map.of("ticket_text", "t", "priority", "urgent"));

        assertThat(violations).containsExactly(
                new SchemaViolation("/priority", "must be one of [\"low\",\"normal\",\"high\"]", "enum"));
    }

    @Test
    void dateTimeFormatIsAsserted() {
        CompiledSchema schema = validator.compile(json(TICKET));

        assertThat(schema.validate(Map.of("ticket_text", "t", "received_at", "2025-03-01T10:15:30+01:00"))).isEmpty();
        assertThat(schema.validate(Map.of("ticket_text", "t", "received_at", "yesterday afternoon")))
                .containsExactly(new SchemaViolation("/received_at", "is not a valid date-time", "format"));
        assertThat(schema.validate(Map.of("ticket_text", "t", "received_at", "2025-02-30T10:15:30Z")))
                .extracting(SchemaViolation::keyword).containsExactly("format");
    }

    @Test
    void arrayAndNumberBoundsUseTheLibrarysSentenceWithoutItsLocation() {
        List<SchemaViolation> violations = validator.compile(json(TICKET)).validate(Map.of("ticket_text", "t", "attempts", -1,
                "items", List.of(Map.of("name", "1"), Map.of("name", "2"), Map.of("name", "3"), Map.of("name", "4"),
                        Map.of("name", "5"), Map.of("name", "6"))));

        assertThat(violations).extracting(SchemaViolation::path, SchemaViolation::keyword).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/attempts", "minimum"),
                org.assertj.core.groups.Tuple.tuple("/items", "maxItems"));
        assertThat(violations).extracting(SchemaViolation::message).allSatisfy(m -> assertThat(m).doesNotStartWith("/").doesNotStartWith(":"))
                .contains("must have a minimum value of 0");
    }

    @Test
    void aPropertyTheSchemaDoesNotAllowIsNamed() {
        List<SchemaViolation> violations = validator.compile(json(TICKET)).validate(Map.of("ticket_text", "t", "color/name", "red"));

        assertThat(violations).containsExactly(
                new SchemaViolation("/color~1name", "property 'color/name' is not allowed here", "additionalProperties"));
    }

    @Test
    void numbersOfEveryJavaTypeAreNumbers() {
        CompiledSchema schema = validator.compile(json("""
                {"type": "object", "properties": {"n": {"type": "number"}, "i": {"type": "integer"}}}
                """));

        for (Object n : List.of(1, 2L, 3.5, 4.5f, new java.math.BigDecimal("5.25"), java.math.BigInteger.TEN, (short) 6, (byte) 7)) {
            assertThat(schema.validate(Map.of("n", n))).as(n.getClass().getSimpleName()).isEmpty();
        }
        assertThat(schema.validate(Map.of("i", 3L))).isEmpty();
        assertThat(schema.validate(Map.of("i", 3.0))).as("3.0 is an integer in JSON Schema").isEmpty();
        assertThat(schema.validate(Map.of("i", 3.5))).extracting(SchemaViolation::keyword).containsExactly("type");
        assertThat(schema.validate(Map.of("n", "1"))).extracting(SchemaViolation::keyword).containsExactly("type");
    }

    @Test
    void nullIsAValueOfItsOwnType() {
        CompiledSchema schema = validator.compile(json("""
                {"type": "object", "properties": {"note": {"type": ["string", "null"]}, "name": {"type": "string"}}}
                """));
        Map<String, Object> document = new HashMap<>();
        document.put("note", null);
        document.put("name", null);

        assertThat(schema.validate(document)).extracting(SchemaViolation::path).containsExactly("/name");
    }

    @Test
    void refsInsideTheSchemaResolve() {
        CompiledSchema schema = validator.compile(json("""
                {"$defs": {"name": {"type": "string", "minLength": 2}},
                 "type": "object", "properties": {"first": {"$ref": "#/$defs/name"}}}
                """));

        assertThat(schema.validate(Map.of("first", "Al"))).isEmpty();
        assertThat(schema.validate(Map.of("first", "A"))).extracting(SchemaViolation::path, SchemaViolation::keyword)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/first", "minLength"));
    }

    @Test
    void anotherDraftNamedBySchemaIsUsed() {
        CompiledSchema draft7 = validator.compile(json("""
                {"$schema": "http://json-schema.org/draft-07/schema#",
                 "type": "array", "items": [{"type": "string"}], "additionalItems": false}
                """));

        assertThat(draft7.validate(List.of("a"))).isEmpty();
        assertThat(draft7.validate(List.of("a", "b"))).extracting(SchemaViolation::keyword).containsExactly("additionalItems");
    }

    @Test
    void aSchemaThatIsNotAValidJsonSchemaIsRefused() {
        assertThatThrownBy(() -> validator.compile(json("""
                {"type": "object", "properties": {"name": {"type": "strin"}}}
                """)))
                .isInstanceOf(InvalidSchemaException.class)
                .hasMessageContaining("not a valid JSON Schema (draft 2020-12)")
                .hasMessageContaining("/properties/name/type")
                .satisfies(e -> assertThat(((InvalidSchemaException) e).problems()).isNotEmpty());

        assertThatThrownBy(() -> validator.compile(json("""
                {"type": "object", "required": "name"}
                """))).isInstanceOf(InvalidSchemaException.class).hasMessageContaining("/required");

        assertThatThrownBy(() -> validator.compile(json("""
                {"type": "string", "minLength": -1}
                """))).isInstanceOf(InvalidSchemaException.class).hasMessageContaining("/minLength");

        assertThatThrownBy(() -> validator.compile(json("""
                {"type": "string", "pattern": "[a-"}
                """))).isInstanceOf(InvalidSchemaException.class).hasMessageContaining("/pattern");
    }

    @Test
    void anUnknownDraftIsRefused() {
        assertThatThrownBy(() -> validator.compile(json("""
                {"$schema": "https://example.com/my-dialect", "type": "string"}
                """))).isInstanceOf(InvalidSchemaException.class).hasMessageContaining("https://example.com/my-dialect");
    }

    @Test
    void aSchemaCannotMakeTheInstanceFetchAnything() {
        assertThatThrownBy(() -> validator.compile(json("""
                {"type": "object", "properties": {"a": {"$ref": "https://example.com/schemas/a.json"}}}
                """))).isInstanceOf(InvalidSchemaException.class).hasMessageContaining("cannot be loaded");
    }

    @Test
    void aRefToAMissingPartIsRefused() {
        assertThatThrownBy(() -> validator.compile(json("""
                {"type": "object", "properties": {"a": {"$ref": "#/$defs/missing"}}}
                """))).isInstanceOf(InvalidSchemaException.class);
    }

    @Test
    void oneCompiledSchemaServesManyThreadsAtOnce() throws Exception {
        CompiledSchema schema = validator.compile(json(TICKET));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int t = 0; t < 32; t++) {
                int thread = t;
                tasks.add(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        boolean valid = (i + thread) % 2 == 0;
                        List<SchemaViolation> violations = valid
                                ? schema.validate(Map.of("ticket_text", "t" + i, "attempts", i))
                                : schema.validate(Map.of("attempts", -i - 1, "items", List.of(Map.of("name", i))));
                        if (valid != violations.isEmpty()) {
                            return false;
                        }
                        if (!valid && !violations.stream().map(SchemaViolation::path).toList()
                                .containsAll(Arrays.asList("/ticket_text", "/attempts", "/items/0/name"))) {
                            return false;
                        }
                    }
                    return true;
                });
            }
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void compilingFromManyThreadsAtOnceIsSafe() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<SchemaViolation>>> tasks = new ArrayList<>();
            for (int t = 0; t < 32; t++) {
                tasks.add(() -> validator.compile(json(TICKET)).validate(Map.of()));
            }
            for (Future<List<SchemaViolation>> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).extracting(SchemaViolation::path).containsExactly("/ticket_text");
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
