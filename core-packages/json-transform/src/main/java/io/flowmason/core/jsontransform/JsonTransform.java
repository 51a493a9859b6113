package io.flowmason.core.jsontransform;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.DefaultValue;
import io.flowmason.api.component.Description;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.OperatorComponent;
import io.flowmason.api.component.Required;
import io.flowmason.core.expression.Evaluator;
import io.flowmason.core.expression.Language;
import org.osgi.service.component.annotations.Component;

/**
 * Reshapes JSON: evaluates a JMESPath (default) or JSONata expression against {@code data} and
 * answers what it yields. An expression that yields nothing answers {@code null}.
 */
@Operator(type = "json_transform", category = "core",
        description = "Reshapes JSON data with a JMESPath or JSONata expression")
@Component
public final class JsonTransform implements OperatorComponent<JsonTransform.Input, JsonTransform.Output> {

    public record Input(
            @Description("The JSON value to transform") Object data,
            @Required @Description("The expression applied to data") String expression,
            @Description("The language of the expression") @DefaultValue("\"jmespath\"") Language language) {
    }

    public record Output(@Description("What the expression yields; null when it yields nothing") Object result) {
    }

    @Override
    public Output execute(Input input, ExecutionContext context) throws ComponentException {
        return new Output(Evaluator.toPlain(Evaluator.compile(input.language(), input.expression(), "expression", "the data has")
                .apply(input.data(), "the data")));
    }
}
