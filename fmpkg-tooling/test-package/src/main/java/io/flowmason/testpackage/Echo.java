package io.flowmason.testpackage;

import io.flowmason.api.component.Description;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Node;
import io.flowmason.api.component.NodeComponent;
import io.flowmason.api.component.Required;
import io.flowmason.api.provider.CompletionRequest;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;

/** A node that asks its provider to complete the prompt and answers what it said. */
@Node(type = "echo_node", category = "testing", description = "Completes a prompt", recommendedProviders = "fake")
@Component
public final class Echo implements NodeComponent<Echo.Input, Echo.Output> {

    public record Input(@Required @Description("The prompt") String prompt) {
    }

    public record Output(String content) {
    }

    @Override
    public CompletionStage<Output> execute(Input input, ExecutionContext context) {
        return context.provider().orElseThrow()
                .complete(CompletionRequest.of(null, input.prompt(), null, null))
                .thenApply(answer -> new Output(answer.content()));
    }
}
