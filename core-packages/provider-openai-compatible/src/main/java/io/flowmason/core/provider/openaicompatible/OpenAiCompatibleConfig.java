package io.flowmason.core.provider.openaicompatible;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The configuration of the {@code openai_compatible} provider, PID
 * {@value OpenAiCompatibleProvider#PID}. Property names are snake_case ({@code base_url},
 * {@code timeout_ms}): a double underscore in a method name stands for one underscore in the
 * property name. The key is {@code .api_key}: a property starting with a dot is private to the
 * component, so the key is not copied into the provider's service properties.
 */
@ObjectClassDefinition(id = OpenAiCompatibleProvider.PID, name = "FlowMason provider: OpenAI-compatible server",
        description = "Any server speaking the Chat Completions API (Ollama, vLLM, LM Studio) as the LLM provider 'openai_compatible'")
public @interface OpenAiCompatibleConfig {

    /** {@code .api_key}: private (leading dot), so the key never becomes a service property. */
    @AttributeDefinition(name = "API key", type = AttributeType.PASSWORD, required = false,
            description = "A bearer token if the server wants one; empty to use OPENAI_COMPATIBLE_API_KEY, or none")
    String _api__key() default "";

    @AttributeDefinition(name = "Base URL", description = "The server's root; requests go to {base_url}/v1/chat/completions")
    String base__url() default "http://localhost:11434";

    @AttributeDefinition(name = "Default model", description = "The model used when a stage names none")
    String default__model() default "llama3.2";

    @AttributeDefinition(name = "Default max tokens", description = "max_tokens when a stage gives none", min = "1")
    int default__max__tokens() default 1024;

    @AttributeDefinition(name = "Timeout (ms)", description = "How long one HTTP attempt may take (local models can be slow)", min = "1")
    int timeout__ms() default 120_000;

    @AttributeDefinition(name = "Max retries", description = "Retries after a 429 or 5xx answer", min = "0")
    int max__retries() default 2;

    @AttributeDefinition(name = "Retry backoff (ms)",
            description = "The first wait before a retry when the answer has no Retry-After; doubled per retry", min = "0")
    int retry__backoff__ms() default 1000;

    @AttributeDefinition(name = "Prices", required = false, description = "model=input/output in USD per million tokens; "
            + "a model without an entry (every local model) costs nothing")
    String[] prices() default {};

    @AttributeDefinition(name = "Capabilities", required = false,
            description = "What the server's models offer: json_mode, vision, tools")
    String[] capabilities() default {};
}
