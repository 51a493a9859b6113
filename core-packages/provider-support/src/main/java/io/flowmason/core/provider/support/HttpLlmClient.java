package io.flowmason.core.provider.support;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import io.flowmason.api.provider.CompletionRequest;
import io.flowmason.api.provider.CompletionResponse;
import io.flowmason.api.provider.TokenUsage;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

/**
 * A completion over HTTP in some vendor's {@link WireFormat}: refuses at once without a key,
 * sends with {@link RetryingSender}, reads the answer and prices it.
 */
public final class HttpLlmClient {

    private final ProviderSettings settings;
    private final WireFormat format;
    private final RetryingSender sender;

    public HttpLlmClient(ProviderSettings settings, WireFormat format) {
        this.settings = settings;
        this.format = format;
        HttpClient client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        this.sender = new RetryingSender(client, settings);
    }

    public ProviderSettings settings() {
        return settings;
    }

    /**
     * Sends the request; the stage fails with a {@link ComponentException} as described on the SPI.
     * Cancelling the stage (a stage timeout) cancels the HTTP exchange and any retry to come.
     */
    public CompletionStage<CompletionResponse> complete(CompletionRequest request) {
        if (!settings.usable()) {
            return CompletableFuture.failedFuture(new ComponentException(ErrorType.PROVIDER, settings.unusableReason(), false));
        }
        String model = request.model() != null && !request.model().isBlank() ? request.model() : settings.defaultModel();
        int maxTokens = request.maxTokens() != null ? request.maxTokens() : settings.defaultMaxTokens();
        CompletableFuture<HttpResponse<String>> sent =
                sender.send(format.request(request, model, maxTokens, settings).timeout(settings.timeout()).build());
        CompletableFuture<CompletionResponse> answer = sent.thenApply(response -> answer(response.body(), model));
        answer.whenComplete((response, error) -> {
            if (answer.isCancelled()) {
                sent.cancel(true);
            }
        });
        return answer;
    }

    /** Whether calls can be made, why not, and the models this provider knows a price for. */
    public Status status() {
        List<String> models = Stream.concat(Stream.ofNullable(settings.defaultModel()), settings.prices().models().stream())
                .distinct().toList();
        return settings.usable() ? new Status(true, "ready: " + settings.baseUrl(), models)
                : new Status(false, settings.unusableReason(), models);
    }

    /** Why calls cannot be made now, or empty when they can: what {@code LlmProvider.unavailableReason} answers. */
    public java.util.Optional<String> unavailableReason() {
        return settings.usable() ? java.util.Optional.empty() : java.util.Optional.of(settings.unusableReason());
    }

    /** A provider's state as its status operator reports it. */
    public record Status(boolean available, String reason, List<String> models) {
    }

    private CompletionResponse answer(String body, String requestedModel) {
        WireFormat.Answer answer;
        try {
            answer = format.parse(body);
        } catch (IOException | RuntimeException e) {
            throw new CompletionException(new ComponentException(ErrorType.PROVIDER,
                    settings.name() + ": unreadable answer: " + e.getMessage(), false, e));
        }
        String model = answer.model() != null ? answer.model() : requestedModel;
        double cost = settings.prices().cost(model, answer.inputTokens(), answer.outputTokens());
        return new CompletionResponse(answer.content(), model, answer.stopReason(),
                new TokenUsage(answer.inputTokens(), answer.outputTokens(), cost));
    }
}
