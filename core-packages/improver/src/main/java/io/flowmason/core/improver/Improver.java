package io.flowmason.core.improver;

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
 * Asks the stage's model to revise content so that it addresses feedback (such as a
 * {@code critic} stage's critique), keeping what the feedback does not ask to change, and
 * answers with the revised content alone.
 */
@Node(type = Improver.TYPE, category = "core", description = "Revises content so that it addresses feedback",
        recommendedProviders = {"anthropic", "openai"})
@Component
public final class Improver implements NodeComponent<Improver.Input, Improver.Output> {

    static final String TYPE = "improver";

    public record Input(
            @Required @Description("The content to revise") String content,
            @Required @Description("What to change, such as a critic's critique") String feedback) {
    }

    public record Output(@Description("The revised content") String content) {
    }

    @Override
    public CompletionStage<Output> execute(Input input, ExecutionContext context) throws ComponentException {
        Inputs.requireText(input.content(), TYPE, "content");
        Inputs.requireText(input.feedback(), TYPE, "feedback");
        return Answers.read(Providers.require(context, TYPE).complete(ImproverPrompt.request(input)),
                answer -> new Output(ImproverPrompt.revision(answer)));
    }
}
