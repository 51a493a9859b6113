package io.flowmason.core.provider.openaicompatible;

import io.flowmason.api.provider.CompletionRequest;
import io.flowmason.api.provider.CompletionResponse;
import io.flowmason.api.provider.LlmProvider;
import io.flowmason.core.provider.support.HttpLlmClient;
import io.flowmason.core.provider.support.PriceTable;
import io.flowmason.core.provider.support.ProviderSettings;
import io.flowmason.core.provider.support.openai.ChatCompletions;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The LLM provider {@code openai_compatible}: the Chat Completions format against any base URL,
 * by default a local Ollama. A key is optional (configured or in {@code OPENAI_COMPATIBLE_API_KEY});
 * without one no {@code Authorization} header is sent. Also registered under its own class so
 * that the status operator of this package finds this very provider.
 */
@Component(service = {LlmProvider.class, OpenAiCompatibleProvider.class}, configurationPid = OpenAiCompatibleProvider.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = LlmProvider.NAME_PROPERTY + "=" + OpenAiCompatibleProvider.NAME)
@Designate(ocd = OpenAiCompatibleConfig.class)
public final class OpenAiCompatibleProvider implements LlmProvider {

    static final String NAME = "openai_compatible";
    static final String PID = "io.flowmason.provider.openai_compatible";
    static final String KEY_VARIABLE = "OPENAI_COMPATIBLE_API_KEY";

    private volatile HttpLlmClient client;
    private volatile Set<String> capabilities = Set.of();

    @Activate
    void activate(OpenAiCompatibleConfig config) {
        activate(config, System::getenv);
    }

    /**
     * Activation with the environment given, so that tests do not depend on the real one. A
     * configuration that cannot be used leaves the provider registered, failing every call with the reason.
     */
    void activate(OpenAiCompatibleConfig config, UnaryOperator<String> environment) {
        ProviderSettings settings;
        try {
            settings = new ProviderSettings(NAME, ProviderSettings.apiKey(config._api__key(), KEY_VARIABLE, environment),
                    null, ProviderSettings.baseUrl(config.base__url()), config.default__model(), config.default__max__tokens(),
                    Duration.ofMillis(config.timeout__ms()), config.max__retries(), Duration.ofMillis(config.retry__backoff__ms()),
                    PriceTable.parse(config.prices()));
        } catch (IllegalArgumentException e) {
            settings = ProviderSettings.invalid(NAME, PID, e);
        }
        capabilities = Arrays.stream(config.capabilities()).map(String::trim).filter(c -> !c.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        client = new HttpLlmClient(settings, new ChatCompletions("max_tokens"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> capabilities() {
        return capabilities;
    }

    @Override
    public CompletionStage<CompletionResponse> complete(CompletionRequest request) {
        return client.complete(request);
    }

    @Override
    public Optional<String> unavailableReason() {
        return client.unavailableReason();
    }

    /** Whether calls can be made, for {@link OpenAiCompatibleStatus}. */
    HttpLlmClient.Status status() {
        return client.status();
    }
}
