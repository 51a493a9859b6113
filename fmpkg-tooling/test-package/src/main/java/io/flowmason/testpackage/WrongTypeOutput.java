package io.flowmason.testpackage;

import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.OperatorComponent;
import java.util.HashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/** Puts a string where its Output record declares integers, through an unchecked cast. */
@Operator(type = "wrong_type_output", category = "testing", description = "Answers a String in a Map<String, Integer>")
@Component
public final class WrongTypeOutput implements OperatorComponent<WrongTypeOutput.Input, WrongTypeOutput.Output> {

    public record Input(String word) {
    }

    public record Output(Map<String, Integer> counts) {
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Output execute(Input input, ExecutionContext context) {
        Map<String, Integer> counts = new HashMap<>();
        ((Map) counts).put(input.word() == null ? "word" : input.word(), "three");
        return new Output(counts);
    }
}
