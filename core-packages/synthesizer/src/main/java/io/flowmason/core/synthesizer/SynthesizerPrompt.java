package io.flowmason.core.synthesizer;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.provider.CompletionRequest;
import io.flowmason.core.llm.Answers;
import java.util.List;

/** What the synthesizer asks the model, and how it reads the combined text out of the answer. */
final class SynthesizerPrompt {

    /** The instructions when the stage gives none. */
    static final String DEFAULT_INSTRUCTIONS = "Combine them into one coherent, well-organised text. Keep every "
            + "important point, state each point once even where several sources make it, and say plainly where "
            + "the sources disagree.";

    static final String SYSTEM = """
            You are an expert at synthesis. You combine several source texts into one text, \
            following the instructions you are given.

            How to synthesise:
            - Draw only on the sources; do not add facts they do not contain.
            - Merge what the sources share instead of repeating it source by source.
            - Where sources conflict, do not silently pick one: follow the instructions, or say so.

            Answer with the combined text and nothing else: no preamble, no notes on your sources, \
            no tags around it.""";

    private SynthesizerPrompt() {
    }

    static CompletionRequest request(Synthesizer.Input input) {
        String instructions = input.instructions() == null || input.instructions().isBlank()
                ? DEFAULT_INSTRUCTIONS : input.instructions().strip();
        StringBuilder prompt = new StringBuilder("Instructions:\n<instructions>\n").append(instructions)
                .append("\n</instructions>\n\n").append(sourcesLine(input.inputs())).append('\n');
        List<String> sources = input.inputs();
        for (int i = 0; i < sources.size(); i++) {
            prompt.append("<source number=\"").append(i + 1).append("\">\n").append(sources.get(i)).append("\n</source>\n");
        }
        prompt.append("\nAnswer with the combined text only.");
        return CompletionRequest.of(SYSTEM, prompt.toString(), null, null);
    }

    private static String sourcesLine(List<String> sources) {
        return sources.size() == 1 ? "The source (1):" : "The sources (" + sources.size() + "):";
    }

    /**
     * The combined text: the answer without surrounding whitespace.
     *
     * @throws ComponentException retryable, of type PROVIDER, when the answer is empty
     */
    static String synthesis(String answer) throws ComponentException {
        String synthesis = answer.strip();
        if (synthesis.isEmpty()) {
            throw Answers.unreadable(Synthesizer.TYPE, "a combined text", answer);
        }
        return synthesis;
    }
}
