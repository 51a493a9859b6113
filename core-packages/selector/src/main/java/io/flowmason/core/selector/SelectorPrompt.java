package io.flowmason.core.selector;

import io.flowmason.api.provider.CompletionRequest;
import java.util.List;

/** What the selector asks the model. */
final class SelectorPrompt {

    /** The criteria when the stage gives none. */
    static final String DEFAULT_CRITERIA =
            "Overall quality: the option that is most accurate, clear, complete and fit for its evident purpose.";

    /** Choosing wants the same choice for the same options, so the model samples greedily. */
    static final double TEMPERATURE = 0.0;

    static final String SYSTEM = """
            You are an impartial judge. You compare the options you are given against the criteria \
            and choose the single option that meets them best.

            How to choose:
            - Read every option in full before choosing.
            - Judge only against the criteria; ignore the options' order and length.
            - If several options are equally good, choose the one with the lowest index.

            Answer with one JSON object and nothing else, in exactly this shape:
            {"index": <the index of the chosen option, a whole number>, "reason": "<why it meets the criteria best, in one or two sentences>"}""";

    private SelectorPrompt() {
    }

    static CompletionRequest request(List<String> options, String criteria) {
        StringBuilder prompt = new StringBuilder("Criteria:\n<criteria>\n")
                .append(criteria == null || criteria.isBlank() ? DEFAULT_CRITERIA : criteria.strip())
                .append("\n</criteria>\n\nOptions (").append(options.size()).append("), indexed from 0 to ")
                .append(options.size() - 1).append(":\n");
        for (int i = 0; i < options.size(); i++) {
            prompt.append("<option index=\"").append(i).append("\">\n").append(options.get(i)).append("\n</option>\n");
        }
        prompt.append("\nAnswer with the JSON object only.");
        return CompletionRequest.of(SYSTEM, prompt.toString(), TEMPERATURE, null);
    }
}
