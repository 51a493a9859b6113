package io.flowmason.core.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import io.flowmason.api.provider.CompletionRequest;
import io.flowmason.api.provider.Message;
import io.flowmason.core.llm.testing.Outcomes;
import io.flowmason.core.llm.testing.RecordingProvider;
import io.flowmason.core.llm.testing.TestContext;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class GeneratorTest {

    private final Generator generator = new Generator();

    @Test
    void sendsThePromptSystemTemperatureAndMaxTokensAsGiven() throws ComponentException {
        RecordingProvider model = RecordingProvider.answering("Roses are red.");

        Generator.Output output = Outcomes.value(generator.execute(
                new Generator.Input("Write a poem", "You are a poet.", 0.3, 200), TestContext.with(model)));

        assertThat(output.content()).isEqualTo("Roses are red.");
        CompletionRequest request = model.request();
        assertThat(request.model()).isNull();
        assertThat(request.system()).isEqualTo("You are a poet.");
        assertThat(request.messages()).containsExactly(Message.user("Write a poem"));
        assertThat(request.temperature()).isEqualTo(0.3);
        assertThat(request.maxTokens()).isEqualTo(200);
    }

    @Test
    void leavesWhatTheStageDoesNotSayToTheProvider() throws ComponentException {
        RecordingProvider model = RecordingProvider.answering("  kept as written \n");

        Generator.Output output = Outcomes.value(generator.execute(
                new Generator.Input("Hi", null, null, null), TestContext.with(model)));

        assertThat(output.content()).isEqualTo("  kept as written \n");
        assertThat(model.request().system()).isNull();
        assertThat(model.request().temperature()).isNull();
        assertThat(model.request().maxTokens()).isNull();
    }

    @Test
    void answersWithoutWaitingForTheModel() throws ComponentException {
        RecordingProvider model = RecordingProvider.later();

        CompletionStage<Generator.Output> output = generator.execute(new Generator.Input("Hi", null, null, null),
                TestContext.with(model));

        assertThat(output.toCompletableFuture()).isNotDone();
        model.answer("Hello");
        assertThat(Outcomes.value(output).content()).isEqualTo("Hello");
    }

    @Test
    void aStageWithoutAProviderIsAConfigurationError() {
        assertThatThrownBy(() -> generator.execute(new Generator.Input("Hi", null, null, null), TestContext.withoutProvider()))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.CONFIGURATION);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("generator needs a provider; set the stage's provider");
                });
    }

    @Test
    void aBlankPromptIsInvalidInput() {
        RecordingProvider model = RecordingProvider.answering("unused");

        assertThatThrownBy(() -> generator.execute(new Generator.Input("  ", null, null, null), TestContext.with(model)))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.INVALID_INPUT);
                    assertThat(e.getMessage()).isEqualTo("generator needs a non-empty prompt");
                });
    }
}
