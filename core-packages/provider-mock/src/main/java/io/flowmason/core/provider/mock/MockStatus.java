package io.flowmason.core.provider.mock;

import io.flowmason.api.component.Description;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.OperatorComponent;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Reports whether the {@code mock} provider of this package is active (it needs nothing else). */
@Operator(type = "mock_status", category = "core", description = "Reports whether the mock provider is active and its model")
@Component
public final class MockStatus implements OperatorComponent<MockStatus.Input, MockStatus.Output> {

    public record Input() {
    }

    public record Output(@Description("Whether calls to the provider can be made") boolean available,
            @Description("Why not, or what the provider does") String reason,
            @Description("The model named in its answers") List<String> models) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile MockProvider provider;

    public MockStatus() {
    }

    MockStatus(MockProvider provider) {
        this.provider = provider;
    }

    @Override
    public Output execute(Input input, ExecutionContext context) {
        MockProvider current = provider;
        return current == null ? new Output(false, MockProvider.NAME + ": the provider is not active", List.of())
                : new Output(true, "ready: deterministic answers from the prompt, no network, no cost", List.of(current.model()));
    }
}
