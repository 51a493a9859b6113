package io.flowmason.testpackage;

import io.flowmason.api.component.DefaultValue;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.OperatorComponent;
import io.flowmason.api.component.Required;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** Joins parts with a separator; with a repeat count, for coercion tests. */
@Operator(type = "concat", category = "testing", description = "Joins text parts")
@Component
public final class Concat implements OperatorComponent<Concat.Input, Concat.Output> {

    public record Input(@Required List<String> parts, @DefaultValue("\" \"") String separator, @DefaultValue("1") int times) {
    }

    public record Output(String text) {
    }

    @Override
    public Output execute(Input input, ExecutionContext context) {
        return new Output(String.join(input.separator(), input.parts()).repeat(Math.max(1, input.times())));
    }
}
