package io.flowmason.core.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import io.flowmason.api.provider.CompletionRequest;
import io.flowmason.api.provider.CompletionResponse;
import io.flowmason.api.provider.Message;
import io.flowmason.core.provider.support.Configs;
import io.flowmason.core.provider.support.FakeVendor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider against a local server that answers with recorded Chat Completions bodies. */
class OpenAiProviderTest {

    private static final CompletionRequest REQUEST = new CompletionRequest("gpt-4o-mini", "You classify support tickets.",
            List.of(Message.user("My invoice is wrong"), new Message(Message.Role.ASSISTANT, "Which invoice?"), Message.user("March")),
            0.2, 300);

    private FakeVendor vendor;

    @BeforeEach
    void start() throws Exception {
        vendor = new FakeVendor();
    }

    @AfterEach
    void stop() {
        vendor.close();
    }

    private OpenAiProvider provider(Map<String, Object> overrides) {
        Map<String, Object> values = new HashMap<>(Map.of("_api__key", "sk-test", "base__url", vendor.url(), "retry__backoff__ms", 10));
        values.putAll(overrides);
        OpenAiProvider provider = new OpenAiProvider();
        provider.activate(Configs.of(OpenAiConfig.class, values), name -> null);
        return provider;
    }

    private static ComponentException failure(OpenAiProvider provider) {
        try {
            provider.complete(REQUEST).toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException ? e.getCause().getCause() : e.getCause();
            assertThat(cause).isInstanceOf(ComponentException.class);
            return (ComponentException) cause;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the call succeeded");
    }

    @Test
    void sendsAChatCompletionAndReadsContentUsageAndCost() throws Exception {
        vendor.reply(200, "openai/success.json");

        CompletionResponse response = provider(Map.of()).complete(REQUEST).toCompletableFuture().get(60, TimeUnit.SECONDS);

        FakeVendor.Received received = vendor.received.get(0);
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.path()).isEqualTo("/v1/chat/completions");
        assertThat(received.headers().getFirst("authorization")).isEqualTo("Bearer sk-test");
        assertThat(received.headers().getFirst("content-type")).isEqualTo("application/json");
        JsonNode body = new ObjectMapper().readTree(received.body());
        assertThat(body.path("model").asText()).isEqualTo("gpt-4o-mini");
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(body.path("max_completion_tokens").asInt()).isEqualTo(300);
        assertThat(body.path("messages").toString()).isEqualTo("[{\"role\":\"system\",\"content\":\"You classify support tickets.\"},"
                + "{\"role\":\"user\",\"content\":\"My invoice is wrong\"},{\"role\":\"assistant\",\"content\":\"Which invoice?\"},"
                + "{\"role\":\"user\",\"content\":\"March\"}]");

        assertThat(response.content()).isEqualTo("{\"category\": \"billing\", \"priority\": \"high\"}");
        assertThat(response.model()).isEqualTo("gpt-4o-mini-2024-07-18");
        assertThat(response.stopReason()).isEqualTo("stop");
        assertThat(response.usage().inputTokens()).isEqualTo(1117);
        assertThat(response.usage().outputTokens()).isEqualTo(46);
        // gpt-4o-mini (the longest matching entry, not gpt-4o) at 0.15 / 0.60 USD per million tokens
        assertThat(response.usage().costUsd()).isCloseTo((1117 * 0.15 + 46 * 0.6) / 1e6, within(1e-12));
    }

    @Test
    void anInvalidKeyFailsWithTheVendorsMessageAndIsNotRetried() {
        vendor.reply(401, "openai/error-401.json");

        ComponentException failure = failure(provider(Map.of()));

        assertThat(failure.type()).isEqualTo(ErrorType.PROVIDER);
        assertThat(failure.getMessage()).isEqualTo("openai: 401 Incorrect API key provided: sk-test. "
                + "You can find your API key at https://platform.openai.com/account/api-keys.");
        assertThat(failure.retryable()).isFalse();
        assertThat(vendor.received).hasSize(1);
    }

    @Test
    void anUnknownModelIsNotRetried() {
        vendor.reply(404, "openai/error-404.json");

        ComponentException failure = failure(provider(Map.of()));

        assertThat(failure.getMessage()).isEqualTo("openai: 404 The model `gpt-9` does not exist or you do not have access to it.");
        assertThat(failure.retryable()).isFalse();
    }

    @Test
    void aRateLimitIsRetriedAfterTheServersRetryAfter() throws Exception {
        vendor.reply(429, "openai/error-429.json", Map.of("retry-after", "1"), 0).reply(200, "openai/success.json");

        long start = System.nanoTime();
        CompletionResponse response = provider(Map.of()).complete(REQUEST).toCompletableFuture().get(60, TimeUnit.SECONDS);

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(1000);
        assertThat(response.usage().inputTokens()).isEqualTo(1117);
        assertThat(vendor.received).hasSize(2);
    }

    @Test
    void aServerErrorIsRetriedWithBackoff() throws Exception {
        vendor.reply(500, "openai/error-500.json").reply(200, "openai/success.json");

        CompletionResponse response = provider(Map.of()).complete(REQUEST).toCompletableFuture().get(60, TimeUnit.SECONDS);

        assertThat(response.content()).contains("billing");
        assertThat(vendor.received).hasSize(2);
    }

    @Test
    void whenRetriesRunOutTheServerErrorIsRetryable() {
        vendor.reply(500, "openai/error-500.json").reply(500, "openai/error-500.json");

        ComponentException failure = failure(provider(Map.of("max__retries", 1)));

        assertThat(failure.getMessage()).isEqualTo("openai: 500 The server had an error while processing your request. Sorry about that!");
        assertThat(failure.retryable()).isTrue();
        assertThat(vendor.received).hasSize(2);
    }

    @Test
    void aSlowAnswerTimesOutAsARetryableTimeout() {
        vendor.reply(200, "openai/success.json", Map.of(), 2000);

        ComponentException failure = failure(provider(Map.of("timeout__ms", 300)));

        assertThat(failure.type()).isEqualTo(ErrorType.TIMEOUT);
        assertThat(failure.getMessage()).isEqualTo("openai: no answer within 300 ms");
        assertThat(failure.retryable()).isTrue();
    }

    @Test
    void withoutAKeyCallsFailAtOnceAndTheStatusSaysWhy() {
        OpenAiProvider provider = new OpenAiProvider();
        provider.activate(Configs.of(OpenAiConfig.class, Map.of("base__url", vendor.url())), name -> null);

        ComponentException failure = failure(provider);

        String reason = "openai: no API key; set OPENAI_API_KEY or configure io.flowmason.provider.openai";
        assertThat(failure.getMessage()).isEqualTo(reason);
        assertThat(failure.type()).isEqualTo(ErrorType.PROVIDER);
        assertThat(failure.retryable()).isFalse();
        assertThat(vendor.received).isEmpty();
        OpenAiStatus.Output status = new OpenAiStatus(provider).execute(new OpenAiStatus.Input(), null);
        assertThat(status.available()).isFalse();
        assertThat(status.reason()).isEqualTo(reason);
    }

    @Test
    void theEnvironmentVariableIsTheFallbackForTheKey() throws Exception {
        vendor.reply(200, "openai/success.json");
        OpenAiProvider provider = new OpenAiProvider();
        provider.activate(Configs.of(OpenAiConfig.class, Map.of("base__url", vendor.url())),
                name -> name.equals("OPENAI_API_KEY") ? "sk-from-env" : null);

        provider.complete(REQUEST).toCompletableFuture().get(60, TimeUnit.SECONDS);

        assertThat(vendor.received.get(0).headers().getFirst("authorization")).isEqualTo("Bearer sk-from-env");
        OpenAiStatus.Output status = new OpenAiStatus(provider).execute(new OpenAiStatus.Input(), null);
        assertThat(status.available()).isTrue();
        assertThat(status.models()).startsWith("gpt-4.1-mini").contains("gpt-4o", "gpt-5");
    }

    @Test
    void thePackageDeclaresTheStatusOperator() throws Exception {
        JsonNode component;
        try (var in = OpenAiProviderTest.class.getClassLoader().getResourceAsStream("OSGI-INF/flowmason/components.json")) {
            component = new ObjectMapper().readTree(in).path("components").get(0);
        }
        assertThat(component.path("type").asText()).isEqualTo("openai_status");
        assertThat(component.path("kind").asText()).isEqualTo("operator");
        assertThat(component.path("category").asText()).isEqualTo("core");
        assertThat(component.path("output_schema").path("properties").fieldNames()).toIterable()
                .containsExactly("available", "reason", "models");
    }

    @Test
    void anUnusableConfigurationFailsCallsWithTheReason() {
        ComponentException failure = failure(provider(Map.of("base__url", "ftp://models.example")));

        assertThat(failure.getMessage()).isEqualTo(OpenAiProvider.NAME + ": invalid configuration " + OpenAiProvider.PID
                + ": base_url 'ftp://models.example' is not an http or https URL");
        assertThat(failure.retryable()).isFalse();
    }
}
