package io.flowmason.core.provider.openaicompatible;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import io.flowmason.api.provider.CompletionRequest;
import io.flowmason.api.provider.CompletionResponse;
import io.flowmason.core.provider.support.Configs;
import io.flowmason.core.provider.support.FakeVendor;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider against a local server that answers as Ollama's OpenAI-compatible endpoint does. */
class OpenAiCompatibleProviderTest {

    private static final CompletionRequest REQUEST = CompletionRequest.of("Answer briefly.", "Why is my invoice higher?", 0.0, null);

    private FakeVendor vendor;

    @BeforeEach
    void start() throws Exception {
        vendor = new FakeVendor();
    }

    @AfterEach
    void stop() {
        vendor.close();
    }

    private OpenAiCompatibleProvider provider(Map<String, Object> overrides) {
        Map<String, Object> values = new HashMap<>(Map.of("base__url", vendor.url(), "retry__backoff__ms", 10));
        values.putAll(overrides);
        OpenAiCompatibleProvider provider = new OpenAiCompatibleProvider();
        provider.activate(Configs.of(OpenAiCompatibleConfig.class, values), name -> null);
        return provider;
    }

    private static ComponentException failure(OpenAiCompatibleProvider provider) {
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
    void withoutAKeySendsNoAuthorizationAndReadsTheAnswerAtNoCost() throws Exception {
        vendor.reply(200, "ollama/success.json");

        CompletionResponse response = provider(Map.of()).complete(REQUEST).toCompletableFuture().get(60, TimeUnit.SECONDS);

        FakeVendor.Received received = vendor.received.get(0);
        assertThat(received.path()).isEqualTo("/v1/chat/completions");
        assertThat(received.headers().containsKey("authorization")).isFalse();
        JsonNode body = new ObjectMapper().readTree(received.body());
        assertThat(body.path("model").asText()).isEqualTo("llama3.2");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(1024);
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.0);
        assertThat(body.path("messages").toString()).isEqualTo("[{\"role\":\"system\",\"content\":\"Answer briefly.\"},"
                + "{\"role\":\"user\",\"content\":\"Why is my invoice higher?\"}]");
        assertThat(response.content()).isEqualTo("The invoice total includes last month's balance.");
        assertThat(response.stopReason()).isEqualTo("stop");
        assertThat(response.usage().inputTokens()).isEqualTo(38);
        assertThat(response.usage().outputTokens()).isEqualTo(11);
        assertThat(response.usage().costUsd()).isZero();
    }

    @Test
    void aConfiguredKeyAndPriceAreUsed() throws Exception {
        vendor.reply(200, "ollama/success.json");

        CompletionResponse response = provider(Map.of("_api__key", "vllm-token", "prices", new String[] {"llama3=1/2"}))
                .complete(REQUEST).toCompletableFuture().get(60, TimeUnit.SECONDS);

        assertThat(vendor.received.get(0).headers().getFirst("authorization")).isEqualTo("Bearer vllm-token");
        assertThat(response.usage().costUsd()).isEqualTo((38 * 1 + 11 * 2) / 1e6);
    }

    @Test
    void aMissingModelFailsWithTheServersMessage() {
        vendor.reply(404, "ollama/error-404.json");

        ComponentException failure = failure(provider(Map.of()));

        assertThat(failure.type()).isEqualTo(ErrorType.PROVIDER);
        assertThat(failure.getMessage()).isEqualTo("openai_compatible: 404 model \"llama9\" not found, try pulling it first");
        assertThat(failure.retryable()).isFalse();
    }

    @Test
    void busyAndFailedAnswersAreRetried() throws Exception {
        vendor.reply(429, "ollama/error-429.json", Map.of("retry-after", "0"), 0).reply(500, "ollama/error-500.json")
                .reply(200, "ollama/success.json");

        CompletionResponse response = provider(Map.of()).complete(REQUEST).toCompletableFuture().get(60, TimeUnit.SECONDS);

        assertThat(response.content()).startsWith("The invoice");
        assertThat(vendor.received).hasSize(3);
    }

    @Test
    void aSlowAnswerTimesOut() {
        vendor.reply(200, "ollama/success.json", Map.of(), 2000);

        ComponentException failure = failure(provider(Map.of("timeout__ms", 300)));

        assertThat(failure.type()).isEqualTo(ErrorType.TIMEOUT);
        assertThat(failure.getMessage()).isEqualTo("openai_compatible: no answer within 300 ms");
        assertThat(failure.retryable()).isTrue();
    }

    @Test
    void aServerThatIsNotThereIsNamed() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        ComponentException failure = failure(provider(Map.of("base__url", "http://127.0.0.1:" + port)));

        assertThat(failure.type()).isEqualTo(ErrorType.PROVIDER);
        assertThat(failure.getMessage()).startsWith("openai_compatible: cannot reach http://127.0.0.1:" + port);
    }

    @Test
    void theStatusNamesTheServerAndTheCapabilitiesAreConfigured() {
        OpenAiCompatibleProvider provider = provider(Map.of("capabilities", new String[] {"json_mode", " "}));

        OpenAiCompatibleStatus.Output status = new OpenAiCompatibleStatus(provider).execute(new OpenAiCompatibleStatus.Input(), null);

        assertThat(status.available()).isTrue();
        assertThat(status.reason()).isEqualTo("ready: " + vendor.url());
        assertThat(status.models()).containsExactly("llama3.2");
        assertThat(provider.capabilities()).containsExactly("json_mode");
        assertThat(provider.name()).isEqualTo("openai_compatible");
    }

    @Test
    void thePackageDeclaresTheStatusOperator() throws Exception {
        JsonNode component;
        try (var in = OpenAiCompatibleProviderTest.class.getClassLoader().getResourceAsStream("OSGI-INF/flowmason/components.json")) {
            component = new ObjectMapper().readTree(in).path("components").get(0);
        }
        assertThat(component.path("type").asText()).isEqualTo("openai_compatible_status");
        assertThat(component.path("kind").asText()).isEqualTo("operator");
        assertThat(component.path("category").asText()).isEqualTo("core");
        assertThat(component.path("output_schema").path("properties").fieldNames()).toIterable()
                .containsExactly("available", "reason", "models");
    }

    @Test
    void anUnusableConfigurationFailsCallsWithTheReason() {
        ComponentException failure = failure(provider(Map.of("base__url", "ftp://models.example")));

        assertThat(failure.getMessage()).isEqualTo(OpenAiCompatibleProvider.NAME + ": invalid configuration " + OpenAiCompatibleProvider.PID
                + ": base_url 'ftp://models.example' is not an http or https URL");
        assertThat(failure.retryable()).isFalse();
    }

    @Test
    void cancellingTheAnswerStopsTheRetriesToCome() throws Exception {
        vendor.reply(500, "ollama/error-500.json").reply(200, "ollama/success.json");
        // A retry 2 s after the failure: the test's own thread must cancel within that, which a loaded machine allows.
        OpenAiCompatibleProvider provider = provider(Map.of("retry__backoff__ms", 2000));

        CompletableFuture<CompletionResponse> answer = provider.complete(REQUEST).toCompletableFuture();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (vendor.received.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(vendor.received).as("the first call reached the server").isNotEmpty();
        answer.cancel(true);
        Thread.sleep(3000);

        assertThat(answer).isCancelled();
        assertThat(vendor.received).hasSize(1);
    }
}
