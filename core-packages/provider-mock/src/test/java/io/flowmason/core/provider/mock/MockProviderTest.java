package io.flowmason.core.provider.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.api.provider.CompletionRequest;
import io.flowmason.api.provider.CompletionResponse;
import io.flowmason.api.provider.Message;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MockProviderTest {

    private final MockProvider provider = new MockProvider();

    @AfterEach
    void stop() {
        provider.deactivate();
    }

    private static MockConfig config(String model, int delayMillis) {
        return new MockConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return MockConfig.class;
            }

            @Override
            public String default__model() {
                return model;
            }

            @Override
            public int delay__ms() {
                return delayMillis;
            }
        };
    }

    private CompletionResponse complete(CompletionRequest request) throws Exception {
        return provider.complete(request).toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    @Test
    void answersAPlainPromptWithItsFirstWordsAndCountsWords() throws Exception {
        provider.activate(config("mock-1", 0));

        CompletionResponse response = complete(CompletionRequest.of("Be brief.",
                "Please summarise the following support ticket about a late delivery of order 42", null, null));

        assertThat(response.content()).isEqualTo("mock: Please summarise the following support ticket about a");
        assertThat(response.model()).isEqualTo("mock-1");
        assertThat(response.stopReason()).isEqualTo("end_turn");
        assertThat(response.usage().inputTokens()).isEqualTo(2 + 13);
        assertThat(response.usage().outputTokens()).isEqualTo(9);
        assertThat(response.usage().costUsd()).isZero();
    }

    @Test
    void answersAJsonPromptWithTheFieldsItNames() throws Exception {
        provider.activate(config("mock-1", 0));

        CompletionResponse response = complete(CompletionRequest.of("You are a classifier.",
                "Classify this ticket. Answer in JSON with the fields \"category\", 'priority' and `confidence`: my invoice is wrong",
                0.0, 100));

        JsonNode json = new ObjectMapper().readTree(response.content());
        assertThat(json.path("category").asText()).isEqualTo("general");
        assertThat(json.path("priority").asText()).isEqualTo("medium");
        assertThat(json.path("confidence").asDouble()).isEqualTo(0.9);
        assertThat(json.size()).isEqualTo(3);
        assertThat(response.usage().outputTokens()).isEqualTo(MockAnswers.words(response.content()));
    }

    @Test
    void aJsonPromptWithoutKnownFieldsStillGetsJson() throws Exception {
        provider.activate(config("mock-1", 0));

        CompletionResponse response = complete(CompletionRequest.of(null, "Return json describing the weather", null, null));

        assertThat(response.content()).isEqualTo("{\"result\": \"mock\"}");
    }

    @Test
    void theSameRequestAlwaysGetsTheSameAnswer() throws Exception {
        provider.activate(config("mock-1", 0));
        CompletionRequest request = new CompletionRequest("mock-large", "sys", List.of(Message.user("first question"),
                new Message(Message.Role.ASSISTANT, "an answer"), Message.user("second question here")), 0.7, null);

        CompletionResponse first = complete(request);
        MockProvider other = new MockProvider();
        other.activate(config("mock-1", 0));

        assertThat(complete(request)).isEqualTo(first);
        assertThat(other.complete(request).toCompletableFuture().get()).isEqualTo(first);
        assertThat(first.content()).isEqualTo("mock: second question here");
        assertThat(first.model()).isEqualTo("mock-large");
        assertThat(first.usage().inputTokens()).isEqualTo(1 + 2 + 2 + 3);
    }

    @Test
    void wordsAreWhitespaceSeparated() {
        assertThat(MockAnswers.words("")).isZero();
        assertThat(MockAnswers.words("   ")).isZero();
        assertThat(MockAnswers.words("one")).isEqualTo(1);
        assertThat(MockAnswers.words(" one\ttwo\n\nthree  four ")).isEqualTo(4);
    }

    @Test
    void aDelayedAnswerHoldsNoThreadWhileWaiting() throws Exception {
        provider.activate(config("mock-1", 300));
        int threadsBefore = Thread.activeCount();

        long start = System.nanoTime();
        List<CompletableFuture<CompletionResponse>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            answers.add(provider.complete(CompletionRequest.of(null, "call " + i, null, null)).toCompletableFuture());
        }
        assertThat(answers).noneMatch(CompletableFuture::isDone);
        assertThat(Thread.activeCount()).as("threads while 200 answers wait").isLessThanOrEqualTo(threadsBefore + 2);
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(300L);
        assertThat(answers.get(7).get().content()).isEqualTo("mock: call 7");
    }

    @Test
    void offersJsonModeAndTheStatusOperatorReportsTheModel() {
        provider.activate(config("mock-2", 0));

        MockStatus.Output status = new MockStatus(provider).execute(new MockStatus.Input(), null);

        assertThat(provider.name()).isEqualTo("mock");
        assertThat(provider.capabilities()).containsExactly("json_mode");
        assertThat(status.available()).isTrue();
        assertThat(status.models()).containsExactly("mock-2");
        assertThat(new MockStatus().execute(new MockStatus.Input(), null).available()).isFalse();
    }

    @Test
    void theDescriptorDeclaresTheStatusOperator() throws Exception {
        JsonNode component;
        try (InputStream in = MockProviderTest.class.getClassLoader().getResourceAsStream("OSGI-INF/flowmason/components.json")) {
            component = new ObjectMapper().readTree(in).path("components").get(0);
        }
        assertThat(component.path("type").asText()).isEqualTo("mock_status");
        assertThat(component.path("kind").asText()).isEqualTo("operator");
        assertThat(component.path("category").asText()).isEqualTo("core");
        assertThat(component.path("output_schema").path("properties").path("models").path("type").asText()).isEqualTo("array");
    }
}
