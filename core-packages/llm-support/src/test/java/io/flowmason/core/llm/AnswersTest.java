package io.flowmason.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import io.flowmason.api.provider.CompletionRequest;
import io.flowmason.core.llm.testing.Outcomes;
import io.flowmason.core.llm.testing.RecordingProvider;
import io.flowmason.core.llm.testing.TestContext;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class AnswersTest {

    private final RecordingProvider model = RecordingProvider.later();

    @Test
    void readsTheAnswerOnlyOnceItArrives() {
        CompletionStage<Integer> length = Answers.read(model.complete(CompletionRequest.of(null, "hi", null, null)),
                String::length);

        assertThat(length.toCompletableFuture()).isNotDone();
        model.answer("four");
        assertThat(Outcomes.value(length)).isEqualTo(4);
    }

    @Test
    void failsTheStageWithWhatTheReaderThrows() {
        CompletionStage<Object> read = Answers.read(model.complete(CompletionRequest.of(null, "hi", null, null)),
                answer -> {
                    throw Answers.unreadable("critic", "a verdict", answer);
                });
        model.answer("x".repeat(300));

        ComponentException failure = Outcomes.failure(read);
        assertThat(failure.type()).isEqualTo(ErrorType.PROVIDER);
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.getMessage()).isEqualTo("critic: the model's answer could not be read as a verdict: " + "x".repeat(200));
    }

    @Test
    void aStageWithoutAProviderIsAConfigurationError() {
        assertThatThrownBy(() -> Providers.require(TestContext.withoutProvider(), "critic"))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.CONFIGURATION);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("critic needs a provider; set the stage's provider");
                });
    }

    @Test
    void aStageWithAProviderLendsIt() throws ComponentException {
        assertThat(Providers.require(TestContext.with(model), "critic")).isSameAs(model);
    }
}
