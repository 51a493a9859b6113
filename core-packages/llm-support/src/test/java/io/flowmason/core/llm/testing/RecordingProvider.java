package io.flowmason.core.llm.testing;

import io.flowmason.api.provider.CompletionRequest;
import io.flowmason.api.provider.CompletionResponse;
import io.flowmason.api.provider.LlmProvider;
import io.flowmason.api.provider.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A test double for a model: records each request it receives and answers a fixed text, at once
 * or, for {@link #later()}, when the test calls {@link #answer(String)}.
 */
public final class RecordingProvider implements LlmProvider {

    private final List<CompletionRequest> requests = new ArrayList<>();
    private final String text;
    private final CompletableFuture<CompletionResponse> pending = new CompletableFuture<>();

    private RecordingProvider(String text) {
        this.text = text;
    }

    /** A provider that answers {@code text} at once. */
    public static RecordingProvider answering(String text) {
        return new RecordingProvider(text);
    }

    /** A provider whose answer arrives only when the test calls {@link #answer(String)}. */
    public static RecordingProvider later() {
        return new RecordingProvider(null);
    }

    /** Delivers the answer of a {@link #later()} provider. */
    public void answer(String content) {
        pending.complete(response(content));
    }

    /** The one request received; fails the test when there were none or several. */
    public CompletionRequest request() {
        if (requests.size() != 1) {
            throw new AssertionError("expected one request, received " + requests.size());
        }
        return requests.get(0);
    }

    /** The text of the request's single user message. */
    public String prompt() {
        return request().messages().get(0).content();
    }

    @Override
    public String name() {
        return "recording";
    }

    @Override
    public Set<String> capabilities() {
        return Set.of();
    }

    @Override
    public CompletionStage<CompletionResponse> complete(CompletionRequest request) {
        requests.add(request);
        return text == null ? pending : CompletableFuture.completedFuture(response(text));
    }

    private static CompletionResponse response(String content) {
        return new CompletionResponse(content, "test-model", "end_turn", new TokenUsage(12, 34, 0.0));
    }
}
