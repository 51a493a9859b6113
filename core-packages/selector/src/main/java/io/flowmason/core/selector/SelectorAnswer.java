package io.flowmason.core.selector;

import io.flowmason.api.component.ComponentException;
import io.flowmason.core.llm.Answers;
import io.flowmason.core.llm.JsonObjects;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reads the selector's output from the model's answer. */
final class SelectorAnswer {

    private SelectorAnswer() {
    }

    /**
     * The first JSON object in the answer, wherever it sits, with a whole-number {@code index}
     * (a quoted one too) naming one of the options; a missing {@code reason} reads as empty.
     *
     * @throws ComponentException retryable, of type PROVIDER, when the answer has no such object
     *                            or its index names no option
     */
    static Selector.Output read(String answer, List<String> options) throws ComponentException {
        Optional<Map<String, Object>> object = JsonObjects.first(answer);
        OptionalDouble index = object.map(o -> JsonObjects.number(o, "index")).orElse(OptionalDouble.empty());
        if (index.isEmpty() || !names(index.getAsDouble(), options)) {
            throw Answers.unreadable(Selector.TYPE, shape(options), answer);
        }
        int chosen = (int) index.getAsDouble();
        String reason = object.flatMap(o -> JsonObjects.text(o, "reason")).map(String::strip).orElse("");
        return new Selector.Output(options.get(chosen), chosen, reason);
    }

    static String shape(List<String> options) {
        return "{\"index\": 0.." + (options.size() - 1) + ", \"reason\": string}";
    }

    private static boolean names(double index, List<String> options) {
        return index == Math.rint(index) && index >= 0 && index < options.size();
    }
}
