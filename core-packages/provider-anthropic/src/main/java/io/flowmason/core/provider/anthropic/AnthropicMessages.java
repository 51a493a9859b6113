package io.flowmason.core.provider.anthropic;

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
 * The Messages API: {@code POST /v1/messages} with {@code x-api-key} and {@code anthropic-version},
 * the system prompt as a top-level field, the text of the answer's {@code text} blocks as content.
 */
final class AnthropicMessages implements WireFormat {

    static final String API_VERSION = "2023-06-01";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public HttpRequest.Builder request(CompletionRequest request, String model, int maxTokens, ProviderSettings settings) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", model);
        body.put("max_tokens", maxTokens);
        if (request.system() != null && !request.system().isBlank()) {
            body.put("system", request.system());
        }
        if (request.temperature() != null) {
            body.put("temperature", request.temperature());
        }
        ArrayNode messages = body.putArray("messages");
        for (Message message : request.messages()) {
            messages.addObject().put("role", message.role().name().toLowerCase(Locale.ROOT)).put("content", message.content());
        }
        return HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/v1/messages"))
                .header("x-api-key", settings.apiKey())
                .header("anthropic-version", API_VERSION)
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    @Override
    public Answer parse(String body) throws IOException {
        JsonNode answer = JSON.readTree(body);
        StringBuilder content = new StringBuilder();
        for (JsonNode block : answer.path("content")) {
            if ("text".equals(block.path("type").asText())) {
                content.append(block.path("text").asText());
            }
        }
        JsonNode usage = answer.path("usage");
        return new Answer(content.toString(), answer.path("model").textValue(), answer.path("stop_reason").textValue(),
                usage.path("input_tokens").asLong(), usage.path("output_tokens").asLong());
    }
}
