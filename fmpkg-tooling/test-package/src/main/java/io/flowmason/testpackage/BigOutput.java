package io.flowmason.testpackage;

import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.OperatorComponent;
import io.flowmason.api.component.Required;
import java.util.Collections;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Answers as many bytes as asked: one string of that length ({@code shape} "text"), or a list of
 * one kilobyte string repeated, which is that large as JSON but small on the heap ("list").
 */
@Operator(type = "big_output", category = "testing", description = "Answers an output of the size asked for")
@Component
public final class BigOutput implements OperatorComponent<BigOutput.Input, BigOutput.Output> {

    private static final String KILOBYTE = "k".repeat(1024);

    public record Input(@Required long bytes, String shape) {
    }

    public record Output(String text, List<String> items) {
    }

    @Override
    public Output execute(Input input, ExecutionContext context) {
        if ("list".equals(input.shape())) {
            return new Output("", Collections.nCopies((int) (input.bytes() / 1024), KILOBYTE));
        }
        return new Output("x".repeat((int) input.bytes()), List.of());
    }
}
