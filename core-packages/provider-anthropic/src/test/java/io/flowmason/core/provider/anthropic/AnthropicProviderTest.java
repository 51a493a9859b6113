package io.flowmason.core.provider.anthropic;

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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider against a local server that answers with recorded Messages API bodies. */
class AnthropicProviderTest {

    private static final CompletionRequest REQUEST = new CompletionRequest("claude-sonnet-4-5",
            "You classify support tickets.", List.of(Message.user("My invoice is wrong"),
                    new Message(Message.Role.ASSISTANT, "Which invoice?"), Message.user("March")), 0.2, 300);

    private FakeVendor vendor;

    @BeforeEach
    void start() throws Exception {
        vendor = new FakeVendor();
    }

    @AfterEach
    void stop() {
        vendor.close();
    }

    private AnthropicProvider provider(Map<String, Object> overrides) {
        Map<String, Object> values = new HashMap<>(Map.of("_api__key", "sk-ant-test", "base__url", vendor.url() + "/",
                "retry__backoff__ms", 10));
        values.putAll(overrides);
        AnthropicProvider provider = new AnthropicProvider();
        provider.activate(Configs.of(AnthropicConfig.class, values), name -> null);
        return provider;
    }

    private static ComponentException failure(AnthropicProvider provider, CompletionRequest request) {
        try {
            provider.complete(request).toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException ? e.getCause().getCause() : e.getCause();
            assertThat(cause).isInstanceOf(ComponentException.class);
            return (ComponentException) cause;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the call succeeded");
    }

    @Test
    void sendsAMessagesRequestAndReadsContentUsageAndCost() throws Exception {
        vendor.reply(200, "anthropic/success.json");

        CompletionResponse response = provider(Map.of()).complete(REQUEST).toCompletableFuture().get(60, TimeUnit.SECONDS);

        FakeVendor.Received received = vendor.received.get(0);
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.path()).isEqualTo("/v1/messages");
        assertThat(received.headers().getFirst("x-api-key")).isEqualTo("sk-ant-test");
        assertThat(received.headers().getFirst("anthropic-version")).isEqualTo("2023-06-01");
        assertThat(received.headers().getFirst("content-type")).isEqualTo("application/json");
        JsonNode body = new ObjectMapper().readTree(received.body());
        assertThat(body.path("model").asText()).isEqualTo("claude-sonnet-4-5");
        assertThat(body.path("system").asText()).isEqualTo("You classify support tickets.");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(300);
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(body.path("messages").toString()).isEqualTo("[{\"role\":\"user\",\"content\":\"My invoice is wrong\"},"
                + "{\"role\":\"assistant\",\"content\":\"Which invoice?\"},{\"role\":\"user\",\"content\":\"March\"}]");

        assertThat(response.content()).isEqualTo("{\"category\": \"billing\", \"priority\": \"high\"}");
        assertThat(response.model()).isEqualTo("claude-sonnet-4-5-20250929");
        assertThat(response.stopReason()).isEqualTo("end_turn");
        assertThat(response.usage().inputTokens()).isEqualTo(2095);
        assertThat(response.usage().outputTokens()).isEqualTo(503);
        // claude-sonnet-4-5 at 3 / 15 USD per million tokens
        assertThat(response.usage().costUsd()).isCloseTo((2095 * 3 + 503 * 15) / 1e6, within(1e-12));
    }

    @Test
    void usesTheConfiguredDefaultsWhenTheRequestGivesNone() throws Exception {
        vendor.reply(200, "anthropic/success.json");

        provider(Map.of("default__model", "claude-haiku-4-5", "default__max__tokens", 77))
                .complete(CompletionRequest.of(null, "Hello", null, null)).toCompletableFuture().get(60, TimeUnit.SECONDS);

        JsonNode body = new ObjectMapper().readTree(vendor.received.get(0).body());
        assertThat(body.path("model").asText()).isEqualTo("claude-haiku-4-5");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(77);
        assertThat(body.has("system")).isFalse();
        assertThat(body.has("temperature")).isFalse();
    }

    @Test
    void anInvalidKeyFailsWithTheVendorsMessageAndIsNotRetried() {
        vendor.reply(401, "anthropic/error-401.json");

        ComponentException failure = failure(provider(Map.of()), REQUEST);

        assertThat(failure.type()).isEqualTo(ErrorType.PROVIDER);
        assertThat(failure.getMessage()).isEqualTo("anthropic: 401 invalid x-api-key");
        assertThat(failure.retryable()).isFalse();
        assertThat(vendor.received).hasSize(1);
    }

    @Test
    void aBadRequestIsNotRetried() {
        vendor.reply(400, "anthropic/error-400.json");

        ComponentException failure = failure(provider(Map.of()), REQUEST);

        assertThat(failure.getMessage()).isEqualTo("anthropic: 400 max_tokens: Field required");
        assertThat(failure.retryable()).isFalse();
    }

    @Test
    void aRateLimitIsRetriedAfterTheServersRetryAfter() throws Exception {
        vendor.reply(429, "anthropic/error-429.json", Map.of("retry-after", "1"), 0).reply(200, "anthropic/success.json");

        long start = System.nanoTime();
        CompletionResponse response = provider(Map.of()).complete(REQUEST).toCompletableFuture().get(60, TimeUnit.SECONDS);

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(1000);
        assertThat(response.usage().outputTokens()).isEqualTo(503);
        assertThat(vendor.received).hasSize(2);
        assertThat(vendor.received.get(1).body()).isEqualTo(vendor.received.get(0).body());
    }

    @Test
    void aServerErrorIsRetriedWithBackoff() throws Exception {
        vendor.reply(500, "anthropic/error-500.json").reply(200, "anthropic/success.json");

        CompletionResponse response = provider(Map.of()).complete(REQUEST).toCompletableFuture().get(60, TimeUnit.SECONDS);

        assertThat(response.content()).contains("billing");
        assertThat(vendor.received).hasSize(2);
    }

    @Test
    void whenRetriesRunOutTheLastFailureIsRetryable() {
        vendor.reply(429, "anthropic/error-429.json", Map.of("retry-after", "0"), 0).reply(429, "anthropic/error-429.json", Map.of("retry-after", "0"), 0)
                .reply(429, "anthropic/error-429.json", Map.of("retry-after", "0"), 0);

        ComponentException failure = failure(provider(Map.of("max__retries", 2)), REQUEST);

        assertThat(failure.getMessage()).isEqualTo("anthropic: 429 Number of request tokens has exceeded your per-minute rate limit");
        assertThat(failure.retryable()).isTrue();
        assertThat(vendor.received).hasSize(3);
    }

    @Test
    void aSlowAnswerTimesOutAsARetryableTimeout() {
        vendor.reply(200, "anthropic/success.json", Map.of(), 2000);

        ComponentException failure = failure(provider(Map.of("timeout__ms", 300)), REQUEST);

        assertThat(failure.type()).isEqualTo(ErrorType.TIMEOUT);
        assertThat(failure.getMessage()).isEqualTo("anthropic: no answer within 300 ms");
        assertThat(failure.retryable()).isTrue();
    }

    @Test
    void withoutAKeyCallsFailAtOnceAndTheStatusSaysWhy() {
        AnthropicProvider provider = new AnthropicProvider();
        provider.activate(Configs.of(AnthropicConfig.class, Map.of("base__url", vendor.url())), name -> null);

        ComponentException failure = failure(provider, REQUEST);

        String reason = "anthropic: no API key; set ANTHROPIC_API_KEY or configure io.flowmason.provider.anthropic";
        assertThat(failure.type()).isEqualTo(ErrorType.PROVIDER);
        assertThat(failure.getMessage()).isEqualTo(reason);
        assertThat(failure.retryable()).isFalse();
        assertThat(vendor.received).isEmpty();
        AnthropicStatus.Output status = new AnthropicStatus(provider).execute(new AnthropicStatus.Input(), null);
        assertThat(status.available()).isFalse();
        assertThat(status.reason()).isEqualTo(reason);
    }

    @Test
    void theEnvironmentVariableIsTheFallbackForTheKey() throws Exception {
        vendor.reply(200, "anthropic/success.json");
        AnthropicProvider provider = new AnthropicProvider();
        provider.activate(Configs.of(AnthropicConfig.class, Map.of("base__url", vendor.url())),
                name -> name.equals("ANTHROPIC_API_KEY") ? "sk-ant-from-env" : null);

        provider.complete(REQUEST).toCompletableFuture().get(60, TimeUnit.SECONDS);

        assertThat(vendor.received.get(0).headers().getFirst("x-api-key")).isEqualTo("sk-ant-from-env");
        AnthropicStatus.Output status = new AnthropicStatus(provider).execute(new AnthropicStatus.Input(), null);
        assertThat(status.available()).isTrue();
        assertThat(status.models()).startsWith("claude-sonnet-4-5").contains("claude-haiku-4-5", "claude-opus-4-1");
    }

    @Test
    void theStatusOperatorWithoutItsProviderSaysSo() {
        AnthropicStatus.Output status = new AnthropicStatus().execute(new AnthropicStatus.Input(), null);

        assertThat(status.available()).isFalse();
        assertThat(status.reason()).isEqualTo("anthropic: the provider is not active");
    }

    @Test
    void anUnusableConfigurationKeepsTheProviderAndFailsEveryCallWithTheReason() {
        AnthropicProvider provider = provider(Map.of("prices", new String[] {"claude-sonnet-4-5=3"}));

        ComponentException failure = failure(provider, REQUEST);

        String reason = "anthropic: invalid configuration io.flowmason.provider.anthropic: "
                + "price entry 'claude-sonnet-4-5=3' is not model=input/output";
        assertThat(failure.getMessage()).isEqualTo(reason);
        assertThat(failure.retryable()).isFalse();
        assertThat(vendor.received).isEmpty();
        assertThat(new AnthropicStatus(provider).execute(new AnthropicStatus.Input(), null))
                .isEqualTo(new AnthropicStatus.Output(false, reason, List.of()));
        assertThat(failure(provider(Map.of("base__url", "api.anthropic.com")), REQUEST).getMessage())
                .isEqualTo("anthropic: invalid configuration io.flowmason.provider.anthropic: "
                        + "base_url 'api.anthropic.com' is not an http or https URL");
        assertThat(failure(provider(Map.of("timeout__ms", 0)), REQUEST).getMessage()).contains("timeout_ms must be positive");
    }

    @Test
    void thePackageDeclaresTheStatusOperatorAndTheConfiguration() throws Exception {
        ClassLoader loader = AnthropicProviderTest.class.getClassLoader();
        JsonNode component;
        try (var in = loader.getResourceAsStream("OSGI-INF/flowmason/components.json")) {
            component = new ObjectMapper().readTree(in).path("components").get(0);
        }
        assertThat(component.path("type").asText()).isEqualTo("anthropic_status");
        assertThat(component.path("category").asText()).isEqualTo("core");
        assertThat(component.path("output_schema").path("properties").fieldNames()).toIterable()
                .containsExactly("available", "reason", "models");
        assertThat(provider(Map.of()).name()).isEqualTo(AnthropicProvider.NAME);
    }
}
