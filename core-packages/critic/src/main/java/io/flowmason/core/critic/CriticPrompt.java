package io.flowmason.core.critic;

import io.flowmason.api.provider.CompletionRequest;

/** What the critic asks the model. */
final class CriticPrompt {

    /** The criteria when the stage gives none. */
    static final String DEFAULT_CRITERIA =
            "Overall quality: accuracy, clarity, completeness, structure and fitness for its evident purpose.";

    /** Judging wants the same verdict for the same content, so the model samples greedily. */
    static final double TEMPERATURE = 0.0;

    static final String SYSTEM = """
            You are a rigorous, fair critic. You judge a piece of content against the criteria you \
            are given, and nothing else.

            How to judge:
            - Read the whole content before judging it.
            - Name concrete strengths and weaknesses, pointing at the parts you mean.
            - For every weakness, say how to fix it, so that an editor can act on your critique as it is.
            - Score how well the content meets the criteria, from 0 to 1: 0 fails them entirely, \
            0.5 meets them partly with serious gaps, 0.8 meets them well with minor issues, \
            1 cannot be improved against them.

            Answer with one JSON object and nothing else, in exactly this shape:
            {"critique": "<your critique, as one string>", "score": <a number from 0 to 1>}""";

    private CriticPrompt() {
    }

    static CompletionRequest request(Critic.Input input) {
        String criteria = input.criteria() == null || input.criteria().isBlank() ? DEFAULT_CRITERIA : input.criteria();
        String prompt = """
                Criteria:
                <criteria>
                %s
                </criteria>

                Content to critique:
                <content>
                %s
                </content>

                Answer with the JSON object only.""".formatted(criteria.strip(), input.content());
        return CompletionRequest.of(SYSTEM, prompt, TEMPERATURE, null);
    }
}
