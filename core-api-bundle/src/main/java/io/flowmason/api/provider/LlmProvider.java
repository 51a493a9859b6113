package io.flowmason.api.provider;

import io.flowmason.api.component.ComponentException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A large language model behind one API (Anthropic, OpenAI, a local server, the mock provider).
 * Register it as a service with the property {@link #NAME_PROPERTY}.
 */
@ConsumerType
public interface LlmProvider {

    /** Service property naming the provider, as stages name it: {@code anthropic}, {@code mock}. */
    String NAME_PROPERTY = "flowmason.provider.name";

    /** The provider's name, equal to its {@link #NAME_PROPERTY}. */
    String name();

    /** What it offers beyond plain text completion: {@code json_mode}, {@code vision}, {@code tools}. */
    Set<String> capabilities();

    /**
     * Why the provider cannot take calls now (no API key, an unusable configuration), or empty
     * when it can. A provider that cannot is still registered, so that it is listed with the reason.
     */
    default Optional<String> unavailableReason() {
        return Optional.empty();
    }

    /**
     * Sends one completion request without holding a thread while the model answers. The stage
     * fails with a {@link ComponentException} of type
     * {@link io.flowmason.api.component.ErrorType#PROVIDER} (or {@code TIMEOUT}), retryable when
     * the provider said so (rate limited, overloaded).
     */
    CompletionStage<CompletionResponse> complete(CompletionRequest request);
}
