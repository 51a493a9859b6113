package io.flowmason.core.provider.anthropic;

import io.flowmason.api.component.Description;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.OperatorComponent;
import io.flowmason.core.provider.support.HttpLlmClient;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Reports whether the {@code anthropic} provider of this package can be used, and why not. */
@Operator(type = "anthropic_status", category = "core",
        description = "Reports whether the anthropic provider can be used (an API key is set) and the models it prices")
@Component
public final class AnthropicStatus implements OperatorComponent<AnthropicStatus.Input, AnthropicStatus.Output> {

    public record Input() {
    }

    public record Output(@Description("Whether calls to the provider can be made") boolean available,
            @Description("Why not, or where calls go") String reason,
            @Description("The default model and the models with a configured price") List<String> models) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AnthropicProvider provider;

    public AnthropicStatus() {
    }

    AnthropicStatus(AnthropicProvider provider) {
        this.provider = provider;
    }

    @Override
    public Output execute(Input input, ExecutionContext context) {
        AnthropicProvider current = provider;
        if (current == null) {
            return new Output(false, AnthropicProvider.NAME + ": the provider is not active", List.of());
        }
        HttpLlmClient.Status status = current.status();
        return new Output(status.available(), status.reason(), status.models());
    }
}
