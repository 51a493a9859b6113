package io.flowmason.core.provider.support;

import io.flowmason.api.provider.CompletionRequest;
import java.io.IOException;
import java.net.http.HttpRequest;

/** One vendor's request and answer format, the only part that differs between HTTP providers. */
public interface WireFormat {

    /** What a successful answer said, before its cost is known. */
    record Answer(String content, String model, String stopReason, long inputTokens, long outputTokens) {
    }

    /**
     * The HTTP request for one completion (URI, headers, body); the timeout is set by the caller.
     *
     * @param model     the model to ask, never null
     * @param maxTokens the generation limit, never null
     */
    HttpRequest.Builder request(CompletionRequest request, String model, int maxTokens, ProviderSettings settings);

    /** Reads a successful answer's body. */
    Answer parse(String body) throws IOException;
}
