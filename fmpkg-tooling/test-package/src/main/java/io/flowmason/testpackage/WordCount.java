package io.flowmason.testpackage;

import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.OperatorComponent;
import io.flowmason.api.component.Required;
import org.osgi.service.component.annotations.Component;

/** Counts the words of a text and hands the text on. */
@Operator(type = "word_count", category = "testing", description = "Counts words")
@Component
public final class WordCount implements OperatorComponent<WordCount.Input, WordCount.Output> {

    public record Input(@Required String text) {
    }

    public record Output(int words, String text) {
    }

    @Override
    public Output execute(Input input, ExecutionContext context) {
        String trimmed = input.text().trim();
        return new Output(trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length, input.text());
    }
}
