package io.flowmason.core.selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import io.flowmason.core.llm.testing.Outcomes;
import io.flowmason.core.llm.testing.RecordingProvider;
import io.flowmason.core.llm.testing.TestContext;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectorTest {

    private static final List<String> OPTIONS = List.of("Red", "Green", "Blue");

    private final Selector selector = new Selector();

    private Selector.Output select(String answer) throws ComponentException {
        return Outcomes.value(selector.execute(new Selector.Input(OPTIONS, null), TestContext.with(RecordingProvider.answering(answer))));
    }

    private ComponentException failureFor(String answer) throws ComponentException {
        return Outcomes.failure(selector.execute(new Selector.Input(OPTIONS, null), TestContext.with(RecordingProvider.answering(answer))));
    }

    @Test
    void sendsTheOptionsIndexedFromZeroWithTheCriteria() throws ComponentException {
        RecordingProvider model = RecordingProvider.answering("{\"index\": 1, \"reason\": \"Calm.\"}");

        Outcomes.value(selector.execute(new Selector.Input(OPTIONS, "Most calming"), TestContext.with(model)));

        assertThat(model.request().system()).contains("{\"index\":").contains("\"reason\":");
        assertThat(model.prompt()).contains("<criteria>\nMost calming\n</criteria>")
                .contains("Options (3), indexed from 0 to 2:\n<option index=\"0\">\nRed\n</option>\n"
                        + "<option index=\"1\">\nGreen\n</option>\n<option index=\"2\">\nBlue\n</option>\n");
        assertThat(model.request().temperature()).isEqualTo(0.0);
    }

    @Test
    void judgesOverallQualityWhenTheStageGivesNoCriteria() throws ComponentException {
        RecordingProvider model = RecordingProvider.answering("{\"index\": 0}");

        Outcomes.value(selector.execute(new Selector.Input(OPTIONS, null), TestContext.with(model)));

        assertThat(model.prompt()).contains("<criteria>\n" + SelectorPrompt.DEFAULT_CRITERIA + "\n</criteria>");
    }

    @Test
    void answersTheChosenOptionItsIndexAndTheReason() throws ComponentException {
        Selector.Output output = select("{\"index\": 2, \"reason\": \" Coolest. \"}");

        assertThat(output).isEqualTo(new Selector.Output("Blue", 2, "Coolest."));
    }

    @Test
    void readsJsonInAFenceOrAmongProseAndQuotedOrDecimalIndexes() throws ComponentException {
        assertThat(select("I pick:\n```json\n{\"index\": 1, \"reason\": \"r\"}\n```").selected()).isEqualTo("Green");
        assertThat(select("After weighing {all} of them: {\"reason\": \"r\", \"index\": \"0\"}. Done.").index()).isZero();
        assertThat(select("{\"index\": 2.0, \"reason\": \"r\"}").index()).isEqualTo(2);
        assertThat(select("{\"index\": 1}").reason()).isEmpty();
    }

    @Test
    void anIndexNamingNoOptionIsARetryableProviderError() throws ComponentException {
        for (String answer : List.of("{\"index\": 3}", "{\"index\": -1}", "{\"index\": 1.5}", "{\"index\": \"Green\"}")) {
            ComponentException failure = failureFor(answer);
            assertThat(failure.type()).isEqualTo(ErrorType.PROVIDER);
            assertThat(failure.retryable()).isTrue();
            assertThat(failure.getMessage()).isEqualTo("selector: the model's answer could not be read as "
                    + "{\"index\": 0..2, \"reason\": string}: " + answer);
        }
    }

    @Test
    void anAnswerWithoutJsonIsARetryableProviderErrorQuotingItsStart() throws ComponentException {
        String prose = "The second option, Green, is clearly the best because ".repeat(8);

        ComponentException failure = failureFor(prose);

        assertThat(failure.type()).isEqualTo(ErrorType.PROVIDER);
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.getMessage()).endsWith(": " + prose.substring(0, 200));
    }

    @Test
    void noOptionsOrANullOptionIsInvalidInput() {
        RecordingProvider model = RecordingProvider.answering("unused");

        assertThatThrownBy(() -> selector.execute(new Selector.Input(List.of(), "x"), TestContext.with(model)))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.INVALID_INPUT);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("selector needs at least one option in options; it is empty");
                });
        assertThatThrownBy(() -> selector.execute(new Selector.Input(Arrays.asList("a", null), "x"), TestContext.with(model)))
                .hasMessage("selector: options[1] is null; every option must be a string");
    }

    @Test
    void aStageWithoutAProviderIsAConfigurationError() {
        assertThatThrownBy(() -> selector.execute(new Selector.Input(OPTIONS, null), TestContext.withoutProvider()))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.CONFIGURATION);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("selector needs a provider; set the stage's provider");
                });
    }
}
