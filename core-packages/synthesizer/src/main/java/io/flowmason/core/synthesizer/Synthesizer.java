package io.flowmason.core.synthesizer;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.Description;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Node;
import io.flowmason.api.component.NodeComponent;
import io.flowmason.api.component.Required;
import io.flowmason.core.llm.Answers;
import io.flowmason.core.llm.Inputs;
import io.flowmason.core.llm.Providers;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;

/**
 * Asks the stage's model to combine several texts (drafts, research notes, the outputs of
 * parallel stages) into one, as the instructions say, and answers with the combined text.
 */
@Node(type = Synthesizer.TYPE, category = "core", description = "Combines several texts into one",
        recommendedProviders = {"anthropic", "openai"})
@Component
public final class Synthesizer implements NodeComponent<Synthesizer.Input, Synthesizer.Output> {

    static final String TYPE = "synthesizer";

    public record Input(
            @Required @Description("The texts to combine, at least one") List<String> inputs,
            @Description("How to combine them; one coherent text keeping every important point, "
                    + "noting where the texts disagree, when absent") String instructions) {
    }

    public record Output(@Description("The combined text") String content) {
    }

    @Override
    public CompletionStage<Output> execute(Input input, ExecutionContext context) throws ComponentException {
        Inputs.requireItems(input.inputs(), TYPE, "inputs", "text");
        return Answers.read(Providers.require(context, TYPE).complete(SynthesizerPrompt.request(input)),
                answer -> new Output(SynthesizerPrompt.synthesis(answer)));
    }
}
