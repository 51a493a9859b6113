package io.flowmason.core.critic;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.Description;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Node;
import io.flowmason.api.component.NodeComponent;
import io.flowmason.api.component.Required;
import io.flowmason.core.llm.Answers;
import io.flowmason.core.llm.Inputs;
import io.flowmason.core.llm.Providers;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;

/**
 * Asks the stage's model to judge content against criteria and reads back a critique an editor
 * can act on (such as an {@code improver} stage) and a score from 0 to 1 a pipeline can branch on.
 */
@Node(type = Critic.TYPE, category = "core",
        description = "Critiques content against criteria and scores it from 0 to 1",
        recommendedProviders = {"anthropic", "openai"})
@Component
public final class Critic implements NodeComponent<Critic.Input, Critic.Output> {

    static final String TYPE = "critic";

    public record Input(
            @Required @Description("The content to critique") String content,
            @Description("What to judge the content against; overall quality (accuracy, clarity, completeness, "
                    + "structure, fitness for purpose) when absent") String criteria) {
    }

    public record Output(
            @Description("Specific strengths and weaknesses, with how to fix each weakness") String critique,
            @Description("How well the content meets the criteria, from 0 (not at all) to 1 (fully)") Double score) {
    }

    @Override
    public CompletionStage<Output> execute(Input input, ExecutionContext context) throws ComponentException {
        Inputs.requireText(input.content(), TYPE, "content");
        return Answers.read(Providers.require(context, TYPE).complete(CriticPrompt.request(input)),
                CriticAnswer::read);
    }
}
