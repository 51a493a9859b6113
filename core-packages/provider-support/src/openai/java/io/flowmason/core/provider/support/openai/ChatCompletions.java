package io.flowmason.core.provider.support.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flowmason.api.provider.CompletionRequest;
import io.flowmason.api.provider.Message;
import io.flowmason.core.provider.support.ProviderSettings;
import io.flowmason.core.provider.support.WireFormat;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Locale;

/**
 * The OpenAI Chat Completions format, {@code POST /v1/chat/completions}, spoken by OpenAI and by
 * the servers that imitate it (Ollama, vLLM, LM Studio): the system prompt as the first message,
 * {@code Authorization: Bearer} when there is a key, the first choice's message as content.
 */
public final class ChatCompletions implements WireFormat {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String maxTokensField;

    /**
     * @param maxTokensField the name of the generation limit: {@code max_completion_tokens} for
     *                       OpenAI (its reasoning models refuse {@code max_tokens}),
     *                       {@code max_tokens} for the servers that imitate the older API
     */
    public ChatCompletions(String maxTokensField) {
        this.maxTokensField = maxTokensField;
    }

    @Override
    public HttpRequest.Builder request(CompletionRequest request, String model, int maxTokens, ProviderSettings settings) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", model);
        ArrayNode messages = body.putArray("messages");
        if (request.system() != null && !request.system().isBlank()) {
            messages.addObject().put("role", "system").put("content", request.system());
        }
        for (Message message : request.messages()) {
            messages.addObject().put("role", message.role().name().toLowerCase(Locale.ROOT)).put("content", message.content());
        }
        body.put(maxTokensField, maxTokens);
        if (request.temperature() != null) {
            body.put("temperature", request.temperature());
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/v1/chat/completions"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (settings.apiKey() != null) {
            builder.header("authorization", "Bearer " + settings.apiKey());
        }
        return builder;
    }

    @Override
    public Answer parse(String body) throws IOException {
        JsonNode answer = JSON.readTree(body);
        JsonNode choice = answer.path("choices").path(0);
        if (choice.isMissingNode()) {
            throw new IOException("no choices in the answer");
        }
        JsonNode usage = answer.path("usage");
        return new Answer(choice.path("message").path("content").asText(""), answer.path("model").textValue(),
                choice.path("finish_reason").textValue(), usage.path("prompt_tokens").asLong(), usage.path("completion_tokens").asLong());
    }
}
