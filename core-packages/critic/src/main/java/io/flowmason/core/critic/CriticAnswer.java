package io.flowmason.core.critic;

import io.flowmason.api.component.ComponentException;
import io.flowmason.core.llm.Answers;
import io.flowmason.core.llm.JsonObjects;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reads the critic's output from the model's answer. */
final class CriticAnswer {

    static final String SHAPE = "{\"critique\": string, \"score\": number}";

    private CriticAnswer() {
    }

    /**
     * The first JSON object in the answer, wherever it sits, with a string {@code critique} and a
     * numeric {@code score} (a quoted number too), the score clamped into 0..1.
     *
     * @throws ComponentException retryable, of type PROVIDER, when the answer has no such object
     */
    static Critic.Output read(String answer) throws ComponentException {
        Optional<Map<String, Object>> object = JsonObjects.first(answer);
        Optional<String> critique = object.flatMap(o -> JsonObjects.text(o, "critique"));
        OptionalDouble score = object.map(o -> JsonObjects.number(o, "score")).orElse(OptionalDouble.empty());
        if (critique.isEmpty() || score.isEmpty()) {
            throw Answers.unreadable(Critic.TYPE, SHAPE, answer);
        }
        return new Critic.Output(critique.get().strip(), Math.max(0.0, Math.min(1.0, score.getAsDouble())));
    }
}
