package io.flowmason.core.improver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import io.flowmason.core.llm.testing.Outcomes;
import io.flowmason.core.llm.testing.RecordingProvider;
import io.flowmason.core.llm.testing.TestContext;
import org.junit.jupiter.api.Test;

class ImproverTest {

    private final Improver improver = new Improver();

    private Improver.Output improve(String answer) throws ComponentException {
        return Outcomes.value(improver.execute(new Improver.Input("Draft", "Shorter"),
                TestContext.with(RecordingProvider.answering(answer))));
    }

    @Test
    void asksToReviseTheContentAddressingTheFeedback() throws ComponentException {
        RecordingProvider model = RecordingProvider.answering("The cat sat on the mat.");

        Improver.Output output = Outcomes.value(improver.execute(
                new Improver.Input("The cat, it sat, upon the mat.", "Make it plainer."), TestContext.with(model)));

        assertThat(output.content()).isEqualTo("The cat sat on the mat.");
        assertThat(model.request().system()).contains("editor").contains("revised content");
        assertThat(model.prompt()).contains("<feedback>\nMake it plainer.\n</feedback>")
                .contains("<content>\nThe cat, it sat, upon the mat.\n</content>");
        assertThat(model.request().temperature()).isNull();
        assertThat(model.request().maxTokens()).isNull();
    }

    @Test
    void trimsTheAnswerAndDropsRepeatedContentTags() throws ComponentException {
        assertThat(improve("\n  Short.  \n").content()).isEqualTo("Short.");
        assertThat(improve("<content>\nShort.\n</content>").content()).isEqualTo("Short.");
        assertThat(improve("Line one\n\n  indented").content()).isEqualTo("Line one\n\n  indented");
    }

    @Test
    void anEmptyAnswerIsARetryableProviderError() throws ComponentException {
        ComponentException failure = Outcomes.failure(improver.execute(new Improver.Input("Draft", "Shorter"),
                TestContext.with(RecordingProvider.answering(" \n"))));

        assertThat(failure.type()).isEqualTo(ErrorType.PROVIDER);
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.getMessage()).isEqualTo("improver: the model's answer could not be read as revised content:  \n");
    }

    @Test
    void blankContentOrFeedbackIsInvalidInput() {
        RecordingProvider model = RecordingProvider.answering("unused");

        assertThatThrownBy(() -> improver.execute(new Improver.Input("Draft", " "), TestContext.with(model)))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.INVALID_INPUT);
                    assertThat(e.getMessage()).isEqualTo("improver needs a non-empty feedback");
                });
        assertThatThrownBy(() -> improver.execute(new Improver.Input("", "Shorter"), TestContext.with(model)))
                .hasMessage("improver needs a non-empty content");
    }

    @Test
    void aStageWithoutAProviderIsAConfigurationError() {
        assertThatThrownBy(() -> improver.execute(new Improver.Input("Draft", "Shorter"), TestContext.withoutProvider()))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.CONFIGURATION);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("improver needs a provider; set the stage's provider");
                });
    }
}
