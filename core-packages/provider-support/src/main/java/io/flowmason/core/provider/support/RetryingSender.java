package io.flowmason.core.provider.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Sends one HTTP request without holding a thread, again after a 429 or a 5xx answer (waiting as
 * long as the server's {@code Retry-After} says, else an exponential backoff, on a timer rather
 * than a sleeping thread), and turns every failure into a {@link ComponentException} whose message
 * starts with the provider's name and carries the vendor's own words.
 */
public final class RetryingSender {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY_IN_MESSAGE = 200;

    private final HttpClient client;
    private final ProviderSettings settings;

    public RetryingSender(HttpClient client, ProviderSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /**
     * Answers the first 2xx response, or fails with a {@link ComponentException}. Cancelling the
     * answer cancels the request under way and any retry still to come.
     */
    public CompletableFuture<HttpResponse<String>> send(HttpRequest request) {
        CompletableFuture<HttpResponse<String>> result = new CompletableFuture<>();
        attempt(request, 0, result);
        return result;
    }

    private void attempt(HttpRequest request, int retry, CompletableFuture<HttpResponse<String>> result) {
        if (result.isDone()) {
            return;
        }
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        result.whenComplete((response, error) -> {
            if (result.isCancelled()) {
                inFlight.cancel(true);
            }
        });
        inFlight.whenComplete((response, error) -> {
            if (error != null) {
                result.completeExceptionally(transportFailure(error));
                return;
            }
            int status = response.statusCode();
            if (status / 100 == 2) {
                result.complete(response);
                return;
            }
            boolean retryable = status == 429 || status >= 500;
            if (retryable && retry < settings.maxRetries()) {
                long waitMillis = retryAfterSeconds(response).stream().map(s -> s * 1000).findFirst()
                        .orElse(settings.backoff().toMillis() << Math.min(retry, 16));
                CompletableFuture.delayedExecutor(waitMillis, TimeUnit.MILLISECONDS)
                        .execute(() -> attempt(request, retry + 1, result));
                return;
            }
            result.completeExceptionally(new ComponentException(ErrorType.PROVIDER,
                    settings.name() + ": " + status + " " + vendorMessage(response.body()), retryable));
        });
    }

    private ComponentException transportFailure(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof HttpTimeoutException) {
            return new ComponentException(ErrorType.TIMEOUT, settings.name() + ": no answer within "
                    + settings.timeout().toMillis() + " ms", true, cause);
        }
        String what = cause instanceof IOException ? "cannot reach " + settings.baseUrl() : "request failed";
        return new ComponentException(ErrorType.PROVIDER, settings.name() + ": " + what + ": " + cause, false, cause);
    }

    /** The server's {@code Retry-After} in whole seconds, when it gave one. */
    static OptionalLong retryAfterSeconds(HttpResponse<?> response) {
        return response.headers().firstValue("retry-after").map(String::trim).filter(v -> v.matches("\\d{1,6}"))
                .map(v -> OptionalLong.of(Long.parseLong(v))).orElse(OptionalLong.empty());
    }

    /**
     * The vendor's error message: {@code error.message} in both the Anthropic and the OpenAI
     * error bodies, else the start of the body as it came.
     */
    static String vendorMessage(String body) {
        if (body == null || body.isBlank()) {
            return "(empty answer)";
        }
        try {
            JsonNode message = JSON.readTree(body).path("error").path("message");
            if (message.isTextual()) {
                return message.asText();
            }
        } catch (IOException notJson) {
            // the body is shown as it came
        }
        String text = body.strip();
        return text.length() <= MAX_BODY_IN_MESSAGE ? text : text.substring(0, MAX_BODY_IN_MESSAGE) + "...";
    }
}
