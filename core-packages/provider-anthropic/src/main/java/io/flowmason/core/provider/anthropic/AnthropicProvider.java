package io.flowmason.core.provider.anthropic;

import io.flowmason.api.provider.CompletionRequest;
import io.flowmason.api.provider.CompletionResponse;
import io.flowmason.api.provider.LlmProvider;
import io.flowmason.core.provider.support.HttpLlmClient;
import io.flowmason.core.provider.support.PriceTable;
import io.flowmason.core.provider.support.ProviderSettings;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The LLM provider {@code anthropic}. Registered with or without configuration: without an API key
 * (configured or in {@code ANTHROPIC_API_KEY}) every call fails at once with a message saying how
 * to give one, and {@code anthropic_status} reports it. Also registered under its own class so
 * that the status operator of this package finds this very provider.
 */
@Component(service = {LlmProvider.class, AnthropicProvider.class}, configurationPid = AnthropicProvider.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, property = LlmProvider.NAME_PROPERTY + "=" + AnthropicProvider.NAME)
@Designate(ocd = AnthropicConfig.class)
public final class AnthropicProvider implements LlmProvider {

    static final String NAME = "anthropic";
    static final String PID = "io.flowmason.provider.anthropic";
    static final String KEY_VARIABLE = "ANTHROPIC_API_KEY";

    private volatile HttpLlmClient client;

    @Activate
    void activate(AnthropicConfig config) {
        activate(config, System::getenv);
    }

    /**
     * Activation with the environment given, so that tests do not depend on the real one. A
     * configuration that cannot be used leaves the provider registered, failing every call with the reason.
     */
    void activate(AnthropicConfig config, UnaryOperator<String> environment) {
        ProviderSettings settings;
        try {
            settings = new ProviderSettings(NAME, ProviderSettings.apiKey(config._api__key(), KEY_VARIABLE, environment),
                    NAME + ": no API key; set " + KEY_VARIABLE + " or configure " + PID,
                    ProviderSettings.baseUrl(config.base__url()), config.default__model(), config.default__max__tokens(),
                    Duration.ofMillis(config.timeout__ms()), config.max__retries(), Duration.ofMillis(config.retry__backoff__ms()),
                    PriceTable.parse(config.prices()));
        } catch (IllegalArgumentException e) {
            settings = ProviderSettings.invalid(NAME, PID, e);
        }
        client = new HttpLlmClient(settings, new AnthropicMessages());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> capabilities() {
        return Set.of("vision", "tools");
    }

    @Override
    public CompletionStage<CompletionResponse> complete(CompletionRequest request) {
        return client.complete(request);
    }

    @Override
    public Optional<String> unavailableReason() {
        return client.unavailableReason();
    }

    /** Whether calls can be made, for {@link AnthropicStatus}. */
    HttpLlmClient.Status status() {
        return client.status();
    }
}
