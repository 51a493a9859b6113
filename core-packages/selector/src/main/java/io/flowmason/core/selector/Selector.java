package io.flowmason.core.selector;

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
 * Asks the stage's model which of several options best meets the criteria and answers with that
 * option, its index and the model's reason.
 */
@Node(type = Selector.TYPE, category = "core", description = "Selects the option that best meets the criteria",
        recommendedProviders = {"anthropic", "openai"})
@Component
public final class Selector implements NodeComponent<Selector.Input, Selector.Output> {

    static final String TYPE = "selector";

    public record Input(
            @Required @Description("The options to choose from, at least one") List<String> options,
            @Description("What makes an option best; overall quality when absent") String criteria) {
    }

    public record Output(
            @Description("The chosen option, as given") String selected,
            @Description("The chosen option's position in options, from 0") Integer index,
            @Description("Why the model chose it") String reason) {
    }

    @Override
    public CompletionStage<Output> execute(Input input, ExecutionContext context) throws ComponentException {
        Inputs.requireItems(input.options(), TYPE, "options", "option");
        List<String> options = List.copyOf(input.options());
        return Answers.read(Providers.require(context, TYPE).complete(SelectorPrompt.request(options, input.criteria())),
                answer -> SelectorAnswer.read(answer, options));
    }
}
