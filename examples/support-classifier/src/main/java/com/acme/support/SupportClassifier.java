package com.acme.support;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.Description;
import io.flowmason.api.component.ErrorType;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Node;
import io.flowmason.api.component.NodeComponent;
import io.flowmason.api.component.Required;
import io.flowmason.api.provider.CompletionRequest;
import io.flowmason.api.provider.LlmProvider;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;

/**
 * Acme's support ticket classifier: asks the stage's model for a priority, a category and its
 * confidence, and routes the ticket to the team that owns the category.
 */
@Node(type = "support_classifier", category = "acme", description = "Classifies a support ticket and picks the team for it",
        recommendedProviders = {"anthropic", "openai", "mock"})
@Component
public final class SupportClassifier implements NodeComponent<SupportClassifier.Input, SupportClassifier.Output> {

    static final String SYSTEM = """
            You triage customer support tickets for Acme. Answer with one JSON object and nothing else:
            {"priority": "low" | "medium" | "high" | "critical", "category": "billing" | "technical" | "account" | "general",
             "confidence": a number from 0 to 1}""";

    static final Map<String, String> TEAMS = Map.of("billing", "billing-desk", "technical", "tier-2-engineering",
            "account", "account-care", "general", "frontline-support");

    public enum Priority { low, medium, high, critical }

    public record Input(@Required @Description("The ticket as the customer wrote it") String ticketText,
            @Description("Who wrote it") String customerId,
            @Description("Anything else known about the ticket") Map<String, Object> metadata) {
    }

    public record Output(@Description("How urgent the ticket is") Priority priority,
            @Description("What the ticket is about") String category,
            @Description("The team that takes tickets of this category") String assignedTeam,
            @Description("How sure the model is, 0 to 1") double confidence) {
    }

    @Override
    public CompletionStage<Output> execute(Input input, ExecutionContext context) throws ComponentException {
        LlmProvider provider = context.provider().orElseThrow(() -> new ComponentException(ErrorType.CONFIGURATION,
                "support_classifier needs a provider; set the stage's provider (mock works without an API key)", false));
        String prompt = "Ticket" + (input.customerId() == null ? "" : " from customer " + input.customerId()) + ":\n"
                + input.ticketText();
        return provider.complete(CompletionRequest.of(SYSTEM, prompt, 0.0, 200))
                .thenApply(answer -> Verdicts.read(answer.content()));
    }
}
