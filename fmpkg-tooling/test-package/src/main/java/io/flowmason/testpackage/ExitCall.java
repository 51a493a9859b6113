package io.flowmason.testpackage;

import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.OperatorComponent;
import org.osgi.service.component.annotations.Component;

/** Calls System.exit with the code it is given: the instance must fail the stage (forbidden_call) and go on. */
@Operator(type = "exit_call", category = "testing", description = "Calls System.exit")
@Component
public final class ExitCall implements OperatorComponent<ExitCall.Input, ExitCall.Output> {

    public record Input(int code) {
    }

    public record Output(String never) {
    }

    @Override
    public Output execute(Input input, ExecutionContext context) {
        System.exit(input.code());
        return new Output("still running after System.exit(" + input.code() + ")");
    }
}
