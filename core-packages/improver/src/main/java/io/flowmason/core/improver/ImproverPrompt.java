package io.flowmason.core.improver;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.provider.CompletionRequest;
import io.flowmason.core.llm.Answers;

/** What the improver asks the model, and how it reads the revision out of the answer. */
final class ImproverPrompt {

    static final String SYSTEM = """
            You are a skilled editor. You revise content so that it addresses the feedback you are given.

            How to revise:
            - Address every point of the feedback.
            - Keep everything the feedback does not ask to change: the content's meaning, facts, \
            language, voice and format.
            - Do not add claims or facts that the content and the feedback do not support.

            Answer with the complete revised content and nothing else: no preamble, no notes on \
            what you changed, no tags around it.""";

    private ImproverPrompt() {
    }

    static CompletionRequest request(Improver.Input input) {
        String prompt = """
                Feedback to address:
                <feedback>
                %s
                </feedback>

                Content to revise:
                <content>
                %s
                </content>

                Answer with the revised content only.""".formatted(input.feedback().strip(), input.content());
        return CompletionRequest.of(SYSTEM, prompt, null, null);
    }

    /**
     * The revised content: the answer without surrounding whitespace, and without the
     * {@code <content>} tags the prompt used should the model have repeated them.
     *
     * @throws ComponentException retryable, of type PROVIDER, when the answer is empty
     */
    static String revision(String answer) throws ComponentException {
        String revision = answer.strip();
        if (revision.startsWith("<content>") && revision.endsWith("</content>")) {
            revision = revision.substring("<content>".length(), revision.length() - "</content>".length()).strip();
        }
        if (revision.isEmpty()) {
            throw Answers.unreadable(Improver.TYPE, "revised content", answer);
        }
        return revision;
    }
}
