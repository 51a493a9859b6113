package io.flowmason.core.synthesizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import io.flowmason.core.llm.testing.Outcomes;
import io.flowmason.core.llm.testing.RecordingProvider;
import io.flowmason.core.llm.testing.TestContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynthesizerTest {

    private final Synthesizer synthesizer = new Synthesizer();

    @Test
    void sendsEveryInputNumberedInOrderWithTheInstructions() throws ComponentException {
        RecordingProvider model = RecordingProvider.answering("\nCats and dogs are both pets.\n");

        Synthesizer.Output output = Outcomes.value(synthesizer.execute(new Synthesizer.Input(
                List.of("Cats are pets.", "Dogs are pets."), "One sentence."), TestContext.with(model)));

        assertThat(output.content()).isEqualTo("Cats and dogs are both pets.");
        assertThat(model.request().system()).contains("synthesis");
        assertThat(model.prompt()).contains("<instructions>\nOne sentence.\n</instructions>")
                .contains("The sources (2):\n<source number=\"1\">\nCats are pets.\n</source>\n"
                        + "<source number=\"2\">\nDogs are pets.\n</source>\n");
        assertThat(model.request().temperature()).isNull();
        assertThat(model.request().maxTokens()).isNull();
    }

    @Test
    void followsTheDefaultInstructionsWhenTheStageGivesNone() throws ComponentException {
        RecordingProvider model = RecordingProvider.answering("Merged.");

        Outcomes.value(synthesizer.execute(new Synthesizer.Input(List.of("Only one."), null), TestContext.with(model)));

        assertThat(model.prompt()).contains("<instructions>\n" + SynthesizerPrompt.DEFAULT_INSTRUCTIONS + "\n</instructions>")
                .contains("The source (1):\n<source number=\"1\">\nOnly one.\n</source>");
    }

    @Test
    void anEmptyAnswerIsARetryableProviderError() throws ComponentException {
        ComponentException failure = Outcomes.failure(synthesizer.execute(new Synthesizer.Input(List.of("a", "b"), null),
                TestContext.with(RecordingProvider.answering(""))));

        assertThat(failure.type()).isEqualTo(ErrorType.PROVIDER);
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.getMessage()).isEqualTo("synthesizer: the model's answer could not be read as a combined text: ");
    }

    @Test
    void noInputsIsInvalidInput() {
        assertThatThrownBy(() -> synthesizer.execute(new Synthesizer.Input(List.of(), null),
                TestContext.with(RecordingProvider.answering("unused"))))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.INVALID_INPUT);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("synthesizer needs at least one text in inputs; it is empty");
                });
    }

    @Test
    void aStageWithoutAProviderIsAConfigurationError() {
        assertThatThrownBy(() -> synthesizer.execute(new Synthesizer.Input(List.of("a"), null), TestContext.withoutProvider()))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.CONFIGURATION);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("synthesizer needs a provider; set the stage's provider");
                });
    }
}
