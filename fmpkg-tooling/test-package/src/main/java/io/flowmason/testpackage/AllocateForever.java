package io.flowmason.testpackage;

import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.OperatorComponent;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** Keeps allocating a megabyte at a time and never lets go: a component that exhausts the heap. */
@Operator(type = "allocate_forever", category = "testing", description = "Allocates without end")
@Component
public final class AllocateForever implements OperatorComponent<AllocateForever.Input, AllocateForever.Output> {

    public record Input(String note) {
    }

    public record Output(int megabytes) {
    }

    @Override
    public Output execute(Input input, ExecutionContext context) {
        List<byte[]> kept = new ArrayList<>();
        while (true) {
            kept.add(new byte[1024 * 1024]);
            if (kept.size() == Integer.MAX_VALUE) {
                return new Output(kept.size());
            }
        }
    }
}
