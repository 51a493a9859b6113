package io.flowmason.benchmarks;

import static io.flowmason.benchmarks.Json.object;
import static io.flowmason.benchmarks.Json.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.executor.internal.validation.CompiledSchema;
import io.flowmason.executor.internal.validation.SchemaValidator;
import io.flowmason.executor.internal.validation.SchemaViolation;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Validating a small document against a compiled schema, as each stage's input and output are on
 * every run. Validation first turns the plain Java tree into Jackson's tree; the baselines measure
 * that conversion alone and a copy of the finished tree, so the schema's own share shows.
 */
public class SchemaValidationBenchmark extends NanoBenchmark {

    static final Map<String, Object> TICKET_SCHEMA = schema("object",
            "properties", object(
                    "ticket_text", schema("string", "minLength", 1),
                    "priority", object("enum", List.of("low", "normal", "high")),
                    "received_at", schema("string", "format", "date-time"),
                    "attempts", schema("integer", "minimum", 0),
                    "items", schema("array", "maxItems", 5, "items", schema("object",
                            "properties", object("name", schema("string"), "quantity", schema("integer")),
                            "required", List.of("name")))),
            "required", List.of("ticket_text"),
            "additionalProperties", false);

    static final Map<String, Object> DOCUMENT = object("ticket_text", Ticket.TEXT, "priority", "high",
            "received_at", "2025-03-01T10:15:30Z", "attempts", 2,
            "items", List.of(object("name", "socks", "quantity", 2), object("name", "shoes", "quantity", 1)));

    private final ObjectMapper mapper = new ObjectMapper();
    private CompiledSchema schema;
    private JsonNode tree;

    @Setup
    public void setUp() {
        schema = new SchemaValidator().compile(TICKET_SCHEMA);
        tree = mapper.valueToTree(DOCUMENT);
        Checks.expect("violations of the valid document", List.of(), schema.validate(DOCUMENT));
        // missing ticket_text, priority not in the enum, attempts below the minimum
        Checks.expect("violations of a broken document", 3, schema.validate(object("priority", "urgent", "attempts", -1)).size());
    }

    @Benchmark
    public List<SchemaViolation> validate() {
        return schema.validate(DOCUMENT);
    }

    /** The first step of {@link #validate}: the document as Jackson's tree. */
    @Benchmark
    public JsonNode baselineToJacksonTree() {
        return mapper.valueToTree(DOCUMENT);
    }

    /** A copy of the document's Jackson tree, as cheap as touching every node gets. */
    @Benchmark
    public JsonNode baselineCopyJacksonTree() {
        return tree.deepCopy();
    }
}
