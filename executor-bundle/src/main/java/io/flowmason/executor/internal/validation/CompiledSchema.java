package io.flowmason.executor.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A schema compiled once by {@link SchemaValidator#compile}, to validate any number of values from
 * any number of threads: it holds no per-validation state.
 */
public final class CompiledSchema {

    private final JsonSchema schema;
    private final ObjectMapper json;

    CompiledSchema(JsonSchema schema, ObjectMapper json) {
        this.schema = schema;
        this.json = json;
    }

    /**
     * Validates a JSON value given as a plain Java tree (Map, List, String, Number, Boolean, null).
     *
     * @return every violation found (the library does not stop at the first), empty when the value is valid
     */
    public List<SchemaViolation> validate(Object value) {
        JsonNode node = value == null ? json.getNodeFactory().nullNode() : json.valueToTree(value);
        Set<ValidationMessage> messages = schema.validate(node);
        if (messages.isEmpty()) {
            return List.of();
        }
        List<SchemaViolation> violations = new ArrayList<>(messages.size());
        for (ValidationMessage message : messages) {
            violations.add(Violations.of(message));
        }
        return violations;
    }
}
