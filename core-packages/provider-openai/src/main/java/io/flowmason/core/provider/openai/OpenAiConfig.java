package io.flowmason.core.provider.openai;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The configuration of the {@code openai} provider, PID {@value OpenAiProvider#PID}. Property
 * names are snake_case ({@code base_url}, {@code timeout_ms}): a double underscore in a method name
 * stands for one underscore in the property name. The key is {@code .api_key}: a property starting
 * with a dot is private to the component, so the key is not copied into the provider's service
 * properties where anyone listing services would read it.
 */
@ObjectClassDefinition(id = OpenAiProvider.PID, name = "FlowMason provider: OpenAI",
        description = "The OpenAI Chat Completions API as the LLM provider 'openai'")
public @interface OpenAiConfig {

    /** {@code .api_key}: private (leading dot), so the key never becomes a service property. */
    @AttributeDefinition(name = "API key", type = AttributeType.PASSWORD,
            description = "The bearer token; empty to use the environment variable OPENAI_API_KEY")
    String _api__key() default "";

    @AttributeDefinition(name = "Base URL", description = "The API's root; requests go to {base_url}/v1/chat/completions")
    String base__url() default "https://api.openai.com";

    @AttributeDefinition(name = "Default model", description = "The model used when a stage names none")
    String default__model() default "gpt-4.1-mini";

    @AttributeDefinition(name = "Default max tokens", description = "max_completion_tokens when a stage gives none", min = "1")
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
    String[] prices() default {"gpt-5=1.25/10", "gpt-5-mini=0.25/2", "gpt-5-nano=0.05/0.4", "gpt-4.1=2/8", "gpt-4.1-mini=0.4/1.6",
        "gpt-4.1-nano=0.1/0.4", "gpt-4o=2.5/10", "gpt-4o-mini=0.15/0.6", "o3=2/8", "o4-mini=1.1/4.4"};
}
