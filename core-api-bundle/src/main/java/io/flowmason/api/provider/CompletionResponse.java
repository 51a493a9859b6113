package io.flowmason.api.provider;

import java.util.Objects;

/**
 * A model's answer.
 *
 * @param content    the generated text
 * @param model      the model that answered
 * @param stopReason why generation stopped, in the provider's words ({@code end_turn}, {@code max_tokens})
 * @param usage      tokens and cost of this call
 */
public record CompletionResponse(String content, String model, String stopReason, TokenUsage usage) {

    public CompletionResponse {
        Objects.requireNonNull(content, "content");
        usage = usage == null ? TokenUsage.NONE : usage;
    }
}
