package io.flowmason.testpackage;

import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.OperatorComponent;
import io.flowmason.api.component.Required;
import org.osgi.service.component.annotations.Component;

/** Answers an output that breaks its own schema: a required field left null. */
@Operator(type = "bad_output", category = "testing", description = "Breaks its output schema")
@Component
public final class BadOutput implements OperatorComponent<BadOutput.Input, BadOutput.Output> {

    public record Input(String text) {
    }

    public record Output(@Required String value) {
    }

    @Override
    public Output execute(Input input, ExecutionContext context) {
        return new Output(null);
    }
}
