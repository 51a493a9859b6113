package io.flowmason.core.variableset;

import io.flowmason.api.component.Description;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.OperatorComponent;
import io.flowmason.api.component.Required;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Names values once so later stages read them as {@code {{upstream.<stage>.variables.<name>}}}:
 * templates in the values are resolved by the platform when it maps the stage's input, so the
 * output holds the resolved values.
 */
@Operator(type = "variable_set", category = "core", description = "Sets named variables for the stages after it")
@Component
public final class VariableSet implements OperatorComponent<VariableSet.Input, VariableSet.Output> {

    public record Input(@Required @Description("Variable names to values; templates in the values are resolved")
            Map<String, Object> variables) {
    }

    public record Output(@Description("The same variables, their values resolved") Map<String, Object> variables) {
    }

    @Override
    public Output execute(Input input, ExecutionContext context) {
        return new Output(Collections.unmodifiableMap(new LinkedHashMap<>(input.variables())));
    }
}
