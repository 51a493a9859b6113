package io.flowmason.api.provider;

import java.util.List;
import java.util.Objects;

/**
 * A request for one completion.
 *
 * @param model       the model to use, or null for the provider's configured default
 * @param system      the system prompt, or null
 * @param messages    the conversation, at least one message
 * @param temperature sampling temperature, or null for the provider's default
 * @param maxTokens   the most tokens to generate, or null for the provider's default
 */
public record CompletionRequest(String model, String system, List<Message> messages, Double temperature,
        Integer maxTokens) {

    public CompletionRequest {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a completion request needs at least one message");
        }
    }

    /** A single user prompt with an optional system prompt. */
    public static CompletionRequest of(String system, String prompt, Double temperature, Integer maxTokens) {
        return new CompletionRequest(null, system, List.of(Message.user(prompt)), temperature, maxTokens);
    }
}
