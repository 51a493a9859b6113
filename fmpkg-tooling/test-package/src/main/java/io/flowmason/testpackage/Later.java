package io.flowmason.testpackage;

import io.flowmason.api.component.AsyncOperatorComponent;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.Required;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Component;

/** An asynchronous operator: upper-cases text after a delay, holding no thread while it waits. */
@Operator(type = "later_upper", category = "testing", description = "Upper-cases text after a delay")
@Component
public final class Later implements AsyncOperatorComponent<Later.Input, Later.Output> {

    public record Input(@Required String text, long delayMs) {
    }

    public record Output(String text) {
    }

    @Override
    public CompletionStage<Output> execute(Input input, ExecutionContext context) {
        return CompletableFuture.supplyAsync(() -> new Output(input.text().toUpperCase(Locale.ROOT)),
                CompletableFuture.delayedExecutor(input.delayMs(), TimeUnit.MILLISECONDS));
    }
}
