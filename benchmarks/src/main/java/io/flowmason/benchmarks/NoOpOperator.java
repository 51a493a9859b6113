package io.flowmason.benchmarks;

import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.OperatorComponent;
import io.flowmason.api.component.Required;
import org.osgi.service.component.annotations.Component;

/**
 * An operator that answers its input unchanged, so that a stage costs only what the platform adds.
 * The FlowMason processor describes it at build time as it does any package's component.
 */
@Operator(type = NoOpOperator.TYPE, category = "benchmark", description = "Answers its input unchanged")
@Component
public final class NoOpOperator implements OperatorComponent<NoOpOperator.Input, NoOpOperator.Output> {

    public static final String TYPE = "noop";

    public record Input(@Required String text, int priority) {
    }

    public record Output(String text, int priority) {
    }

    @Override
    public Output execute(Input input, ExecutionContext context) {
        return new Output(input.text(), input.priority());
    }
}
