package io.flowmason.core.provider.anthropic;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The configuration of the {@code anthropic} provider, PID {@value AnthropicProvider#PID}.
 * Property names are snake_case ({@code base_url}, {@code timeout_ms}): a double underscore in a
 * method name stands for one underscore in the property name. The key is {@code .api_key}: a
 * property starting with a dot is private to the component, so the key is not copied into the
 * provider's service properties where anyone listing services would read it.
 */
@ObjectClassDefinition(id = AnthropicProvider.PID, name = "FlowMason provider: Anthropic",
        description = "The Anthropic Messages API as the LLM provider 'anthropic'")
public @interface AnthropicConfig {

    /** {@code .api_key}: private (leading dot), so the key never becomes a service property. */
    @AttributeDefinition(name = "API key", type = AttributeType.PASSWORD,
            description = "The x-api-key; empty to use the environment variable ANTHROPIC_API_KEY")
    String _api__key() default "";

    @AttributeDefinition(name = "Base URL", description = "The API's root; requests go to {base_url}/v1/messages")
    String base__url() default "https://api.anthropic.com";

    @AttributeDefinition(name = "Default model", description = "The model used when a stage names none")
    String default__model() default "claude-sonnet-4-5";

    @AttributeDefinition(name = "Default max tokens", description = "max_tokens when a stage gives none (the API requires one)", min = "1")
    int default__max__tokens() default 1024;

    @AttributeDefinition(name = "Timeout (ms)", description = "How long one HTTP attempt may take", min = "1")
    int timeout__ms() default 60_000;

    @AttributeDefinition(name = "Max retries", description = "Retries after a 429 or 5xx answer", min = "0")
    int max__retries() default 2;

    @AttributeDefinition(name = "Retry backoff (ms)",
            description = "The first wait before a retry when the answer has no Retry-After; doubled per retry", min = "0")
    int retry__backoff__ms() default 1000;

    @AttributeDefinition(name = "Prices", description = "model=input/output in USD per million tokens; "
            + "a model is priced by the longest entry it starts with")
    String[] prices() default {"claude-opus-4-1=15/75", "claude-opus-4=15/75", "claude-sonnet-4-5=3/15", "claude-sonnet-4=3/15",
        "claude-3-7-sonnet=3/15", "claude-haiku-4-5=1/5", "claude-3-5-haiku=0.8/4", "claude-3-haiku=0.25/1.25"};
}
