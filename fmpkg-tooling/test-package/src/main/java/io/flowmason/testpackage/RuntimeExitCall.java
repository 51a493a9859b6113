package io.flowmason.testpackage;

import io.flowmason.api.component.AsyncOperatorComponent;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;

/**
 * Calls Runtime.exit with the code it is given, on another thread after it answered: an
 * asynchronous operator, so the failure arrives through its completion stage.
 */
@Operator(type = "runtime_exit_call", category = "testing", description = "Calls Runtime.exit from its asynchronous completion")
@Component
public final class RuntimeExitCall implements AsyncOperatorComponent<RuntimeExitCall.Input, RuntimeExitCall.Output> {

    public record Input(int code) {
    }

    public record Output(String never) {
    }

    @Override
    public CompletionStage<Output> execute(Input input, ExecutionContext context) {
        return CompletableFuture.supplyAsync(() -> {
            Runtime.getRuntime().exit(input.code());
            return new Output("still running after Runtime.exit(" + input.code() + ")");
        });
    }
}
