package io.flowmason.core.critic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import io.flowmason.core.llm.testing.Outcomes;
import io.flowmason.core.llm.testing.RecordingProvider;
import io.flowmason.core.llm.testing.TestContext;
import org.junit.jupiter.api.Test;

class CriticTest {

    private final Critic critic = new Critic();

    private Critic.Output critique(String answer) throws ComponentException {
        return Outcomes.value(critic.execute(new Critic.Input("Text", null), TestContext.with(RecordingProvider.answering(answer))));
    }

    private ComponentException failureFor(String answer) throws ComponentException {
        return Outcomes.failure(critic.execute(new Critic.Input("Text", null), TestContext.with(RecordingProvider.answering(answer))));
    }

    @Test
    void asksForAJsonVerdictOnTheContentAgainstTheCriteria() throws ComponentException {
        RecordingProvider model = RecordingProvider.answering("{\"critique\": \"ok\", \"score\": 0.5}");

        Outcomes.value(critic.execute(new Critic.Input("The cat sat.", "Vivid imagery"), TestContext.with(model)));

        assertThat(model.request().system()).contains("critic").contains("{\"critique\":").contains("\"score\":");
        assertThat(model.prompt()).contains("<criteria>\nVivid imagery\n</criteria>")
                .contains("<content>\nThe cat sat.\n</content>");
        assertThat(model.request().temperature()).isEqualTo(0.0);
        assertThat(model.request().maxTokens()).isNull();
    }

    @Test
    void judgesOverallQualityWhenTheStageGivesNoCriteria() throws ComponentException {
        RecordingProvider model = RecordingProvider.answering("{\"critique\": \"ok\", \"score\": 0.5}");

        Outcomes.value(critic.execute(new Critic.Input("The cat sat.", " "), TestContext.with(model)));

        assertThat(model.prompt()).contains("<criteria>\n" + CriticPrompt.DEFAULT_CRITERIA + "\n</criteria>");
    }

    @Test
    void readsAPlainJsonAnswer() throws ComponentException {
        Critic.Output output = critique("{\"critique\": \" Too long; cut the intro. \", \"score\": 0.62}");

        assertThat(output.critique()).isEqualTo("Too long; cut the intro.");
        assertThat(output.score()).isEqualTo(0.62);
    }

    @Test
    void readsJsonInAFenceOrAmongProse() throws ComponentException {
        assertThat(critique("Sure!\n```json\n{\"critique\": \"Clear.\", \"score\": 0.9}\n```").score()).isEqualTo(0.9);
        assertThat(critique("My verdict: {\"score\": \"0.4\", \"critique\": \"Vague.\"} -- thanks").critique())
                .isEqualTo("Vague.");
    }

    @Test
    void clampsTheScoreIntoZeroToOne() throws ComponentException {
        assertThat(critique("{\"critique\": \"Great\", \"score\": 8}").score()).isEqualTo(1.0);
        assertThat(critique("{\"critique\": \"Bad\", \"score\": -0.2}").score()).isEqualTo(0.0);
        assertThat(critique("{\"critique\": \"Fine\", \"score\": 1}").score()).isEqualTo(1.0);
    }

    @Test
    void anUnreadableAnswerIsARetryableProviderError() throws ComponentException {
        String prose = "I think it is pretty good overall, maybe 7/10. ".repeat(10);
        ComponentException failure = failureFor(prose);

        assertThat(failure.type()).isEqualTo(ErrorType.PROVIDER);
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.getMessage()).isEqualTo("critic: the model's answer could not be read as "
                + CriticAnswer.SHAPE + ": " + prose.substring(0, 200));
    }

    @Test
    void anAnswerMissingTheCritiqueOrTheScoreIsUnreadable() throws ComponentException {
        assertThat(failureFor("{\"critique\": \"Fine\"}").type()).isEqualTo(ErrorType.PROVIDER);
        assertThat(failureFor("{\"critique\": \"Fine\", \"score\": \"high\"}").retryable()).isTrue();
        assertThat(failureFor("{\"feedback\": \"Fine\", \"score\": 0.5}").type()).isEqualTo(ErrorType.PROVIDER);
    }

    @Test
    void aStageWithoutAProviderIsAConfigurationError() {
        assertThatThrownBy(() -> critic.execute(new Critic.Input("Text", null), TestContext.withoutProvider()))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.CONFIGURATION);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("critic needs a provider; set the stage's provider");
                });
    }

    @Test
    void blankContentIsInvalidInput() {
        assertThatThrownBy(() -> critic.execute(new Critic.Input("", "Tone"), TestContext.with(RecordingProvider.answering("{}"))))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.INVALID_INPUT);
                    assertThat(e.getMessage()).isEqualTo("critic needs a non-empty content");
                });
    }
}
