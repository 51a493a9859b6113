package io.flowmason.testpackage;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.OperatorComponent;
import org.osgi.service.component.annotations.Component;

/** Always fails, the way a component reports a failure on purpose. */
@Operator(type = "explode", category = "testing", description = "Always fails")
@Component
public final class Explode implements OperatorComponent<Explode.Input, Explode.Output> {

    public record Input(String reason) {
    }

    public record Output(String never) {
    }

    @Override
    public Output execute(Input input, ExecutionContext context) throws ComponentException {
        throw new ComponentException(ErrorType.EXECUTION, "exploded on purpose: " + input.reason(), false);
    }
}
