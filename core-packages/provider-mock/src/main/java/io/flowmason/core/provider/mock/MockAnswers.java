package io.flowmason.core.provider.mock;

import io.flowmason.api.provider.CompletionRequest;
import io.flowmason.api.provider.CompletionResponse;
import io.flowmason.api.provider.Message;
import io.flowmason.api.provider.TokenUsage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The mock provider's answers, a pure function of the request. A prompt that asks for JSON is
 * answered with a JSON object holding a fixed, plausible value for every field it names among
 * those in {@link #FIELDS}, in quotes as prompts and JSON examples name them ({@code "category"},
 * {@code 'category'}, {@code `category`}), or {@code {"result": "mock"}} when it names none; any other prompt with
 * {@code mock: } and the first words of the last message. Tokens are whitespace-separated words.
 */
final class MockAnswers {

    /** The fields a JSON prompt may ask for, each with the JSON it is answered with. */
    static final Map<String, String> FIELDS = fields("category", "\"general\"", "priority", "\"medium\"", "sentiment", "\"neutral\"",
            "intent", "\"question\"", "label", "\"other\"", "language", "\"en\"", "title", "\"Mock title\"", "summary",
            "\"A short mock summary.\"", "answer", "\"A mock answer.\"", "reason", "\"mock reasoning\"", "confidence", "0.9",
            "score", "0.5", "rating", "3", "valid", "true", "approved", "true", "tags", "[\"mock\"]", "keywords", "[\"mock\"]",
            "entities", "[]", "critique", "\"A mock critique: clear, could be shorter.\"", "index", "0");

    static final int ECHOED_WORDS = 8;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private MockAnswers() {
    }

    /** The answer to one request, naming {@code model} when the request names none. */
    static CompletionResponse answer(CompletionRequest request, String model) {
        String prompt = prompt(request);
        String content = asksForJson(prompt) ? json(prompt) : echo(request.messages().get(request.messages().size() - 1).content());
        String answeringModel = request.model() == null || request.model().isBlank() ? model : request.model();
        return new CompletionResponse(content, answeringModel, "end_turn", new TokenUsage(words(prompt), words(content), 0.0));
    }

    /** The number of whitespace-separated words. */
    static long words(String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.isEmpty() ? 0 : WHITESPACE.split(trimmed).length;
    }

    private static String prompt(CompletionRequest request) {
        List<String> parts = new ArrayList<>();
        if (request.system() != null) {
            parts.add(request.system());
        }
        request.messages().stream().map(Message::content).forEach(parts::add);
        return String.join("\n", parts);
    }

    private static boolean asksForJson(String prompt) {
        return Pattern.compile("\\bjson\\b", Pattern.CASE_INSENSITIVE).matcher(prompt).find();
    }

    private static String json(String prompt) {
        String lower = prompt.toLowerCase(Locale.ROOT);
        List<String> members = new ArrayList<>();
        FIELDS.forEach((field, value) -> {
            if (Pattern.compile("[\"'`]" + field + "[\"'`]").matcher(lower).find()) {
                members.add("\"" + field + "\": " + value);
            }
        });
        return members.isEmpty() ? "{\"result\": \"mock\"}" : "{" + String.join(", ", members) + "}";
    }

    private static String echo(String message) {
        String[] words = message.strip().isEmpty() ? new String[0] : WHITESPACE.split(message.strip());
        return "mock: " + String.join(" ", Arrays.asList(words).subList(0, Math.min(ECHOED_WORDS, words.length)));
    }

    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(fields);
    }
}
