package io.flowmason.testpackage;

import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.OperatorComponent;
import io.flowmason.api.component.Required;
import org.osgi.service.component.annotations.Component;

/** Keeps a core busy for as long as asked, ignoring interrupts: a runaway component that ends by itself after spin_ms. */
@Operator(type = "spin", category = "testing", description = "Busy-loops for spin_ms, ignoring interrupts")
@Component
public final class Spin implements OperatorComponent<Spin.Input, Spin.Output> {

    public record Input(@Required long spinMs) {
    }

    public record Output(long spunMs, long rounds) {
    }

    @Override
    public Output execute(Input input, ExecutionContext context) {
        long start = System.nanoTime();
        long end = start + input.spinMs() * 1_000_000;
        long rounds = 0;
        while (System.nanoTime() < end) {
            rounds++;
        }
        return new Output((System.nanoTime() - start) / 1_000_000, rounds);
    }
}
