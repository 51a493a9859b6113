package io.flowmason.core.schemavalidate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.DefaultValue;
import io.flowmason.api.component.Description;
import io.flowmason.api.component.ErrorType;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.OperatorComponent;
import io.flowmason.api.component.Required;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;

/**
 * Checks data against a JSON Schema (draft 2020-12 unless {@code $schema} says otherwise). Data
 * that does not match fails the stage, or, with {@code fail_on_invalid} false, is answered with
 * {@code valid} false and the errors so that later stages can branch on it.
 */
@Operator(type = "schema_validate", category = "core", description = "Checks JSON data against a JSON Schema")
@Component
public final class SchemaValidate implements OperatorComponent<SchemaValidate.Input, SchemaValidate.Output> {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Input(
            @Description("The JSON value to check") Object data,
            @Required @Description("The JSON Schema; draft 2020-12 unless its $schema names another draft") Map<String, Object> schema,
            @Description("Fail the stage when data does not match; false answers valid=false instead")
            @DefaultValue("true") Boolean failOnInvalid) {
    }

    public record Output(
            @Description("Whether data matches the schema") boolean valid,
            @Description("Why data does not match; empty when it does") List<SchemaError> errors) {
    }

    /** One way the data does not match the schema. */
    public record SchemaError(
            @Required @Description("JSON Pointer to the value in data; empty for data itself") String path,
            @Required @Description("What is wrong with it") String message) {
    }

    @Override
    public Output execute(Input input, ExecutionContext context) throws ComponentException {
        if (input.schema() == null) {
            throw new ComponentException(ErrorType.CONFIGURATION,
                    "schema is missing: give the JSON Schema (an object) to check data against", false);
        }
        JsonNode data = input.data() == null ? JSON.nullNode() : JSON.valueToTree(input.data());
        Set<ValidationMessage> problems = Validator.validate(Validator.compile(JSON.valueToTree(input.schema())), data);
        if (!problems.isEmpty() && !Boolean.FALSE.equals(input.failOnInvalid())) {
            throw new ComponentException(ErrorType.INVALID_INPUT,
                    "data does not match the schema: " + Validator.describe(problems), false);
        }
        return new Output(problems.isEmpty(), problems.stream()
                .map(m -> new SchemaError(Validator.path(m), Validator.text(m)))
                .collect(Collectors.toUnmodifiableList()));
    }
}
