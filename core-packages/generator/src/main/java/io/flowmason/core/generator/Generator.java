package io.flowmason.core.generator;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.Description;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Node;
import io.flowmason.api.component.NodeComponent;
import io.flowmason.api.component.Required;
import io.flowmason.api.provider.CompletionRequest;
import io.flowmason.core.llm.Inputs;
import io.flowmason.core.llm.Providers;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;

/**
 * Sends the stage's prompt, and system prompt when given, to the stage's model as they are and
 * answers with what the model wrote. The pipeline's prompt is the whole prompt: the generator adds
 * nothing to it, so what a stage asks is exactly what the model reads.
 */
@Node(type = Generator.TYPE, category = "core", description = "Generates text from a prompt with the stage's model",
        recommendedProviders = {"anthropic", "openai"})
@Component
public final class Generator implements NodeComponent<Generator.Input, Generator.Output> {

    static final String TYPE = "generator";

    public record Input(
            @Required @Description("What to ask the model") String prompt,
            @Description("The system prompt: the model's role, tone and rules; none when absent") String system,
            @Description("Sampling temperature, usually 0 to 1; the provider's default when absent") Double temperature,
            @Description("The most tokens to generate; the provider's default when absent") Integer maxTokens) {
    }

    public record Output(@Description("The text the model generated") String content) {
    }

    @Override
    public CompletionStage<Output> execute(Input input, ExecutionContext context) throws ComponentException {
        Inputs.requireText(input.prompt(), TYPE, "prompt");
        CompletionRequest request = CompletionRequest.of(input.system(), input.prompt(), input.temperature(),
                input.maxTokens());
        return Providers.require(context, TYPE).complete(request).thenApply(answer -> new Output(answer.content()));
    }
}
