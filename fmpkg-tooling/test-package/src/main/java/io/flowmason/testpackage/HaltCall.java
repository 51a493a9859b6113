package io.flowmason.testpackage;

import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.OperatorComponent;
import org.osgi.service.component.annotations.Component;

/**
 * Calls Runtime.halt with the code it is given, after a {@code catch (Exception e)} that must not
 * swallow the failure the instance puts in its place.
 */
@Operator(type = "halt_call", category = "testing", description = "Calls Runtime.halt")
@Component
public final class HaltCall implements OperatorComponent<HaltCall.Input, HaltCall.Output> {

    public record Input(int code) {
    }

    public record Output(String never) {
    }

    @Override
    public Output execute(Input input, ExecutionContext context) {
        try {
            Runtime.getRuntime().halt(input.code());
        } catch (Exception swallowed) {
            return new Output("swallowed " + swallowed);
        }
        return new Output("still running after Runtime.halt(" + input.code() + ")");
    }
}
