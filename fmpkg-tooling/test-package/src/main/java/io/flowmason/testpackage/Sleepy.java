package io.flowmason.testpackage;

import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.OperatorComponent;
import io.flowmason.api.component.Required;
import org.osgi.service.component.annotations.Component;

/** Sleeps as long as asked, ignoring interrupts: a component that hangs. */
@Operator(type = "sleepy", category = "testing", description = "Sleeps, ignoring interrupts")
@Component
public final class Sleepy implements OperatorComponent<Sleepy.Input, Sleepy.Output> {

    public record Input(@Required long sleepMs) {
    }

    public record Output(long sleptMs) {
    }

    @Override
    public Output execute(Input input, ExecutionContext context) {
        long end = System.nanoTime() + input.sleepMs() * 1_000_000;
        long left;
        while ((left = end - System.nanoTime()) > 0) {
            try {
                Thread.sleep(Math.max(1, left / 1_000_000));
            } catch (InterruptedException ignored) {
                // hangs on purpose
            }
        }
        return new Output(input.sleepMs());
    }
}
