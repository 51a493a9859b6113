package io.flowmason.core.provider.support;

import java.net.URI;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * What an HTTP provider was configured with, read once from its typed configuration.
 *
 * @param name             the provider's name, the first word of every error message
 * @param apiKey           the key, or null when there is none
 * @param unusableReason   what to tell the user when a key is required and missing (or the
 *                         configuration is {@link #invalid}), or null when the provider works without one
 * @param baseUrl          the API's root, without a trailing slash; null only for {@link #invalid} settings
 * @param defaultModel     the model used when a request names none
 * @param defaultMaxTokens the generation limit used when a request gives none
 * @param timeout          how long one HTTP attempt may take
 * @param maxRetries       how many times a rate-limited or failed (5xx) call is sent again
 * @param backoff          the first wait before a retry when the server names none; doubled per retry
 * @param prices           the price table
 */
public record ProviderSettings(String name, String apiKey, String unusableReason, URI baseUrl, String defaultModel,
        int defaultMaxTokens, Duration timeout, int maxRetries, Duration backoff, PriceTable prices) {

    public ProviderSettings {
        if (baseUrl != null) {
            if (baseUrl.getScheme() == null || !baseUrl.getScheme().matches("https?") || baseUrl.getHost() == null) {
                throw new IllegalArgumentException("base_url '" + baseUrl + "' is not an http or https URL");
            }
            if (defaultModel == null || defaultModel.isBlank()) {
                throw new IllegalArgumentException("default_model is empty");
            }
            if (defaultMaxTokens < 1 || timeout.toMillis() < 1 || maxRetries < 0 || backoff.isNegative()) {
                throw new IllegalArgumentException("default_max_tokens and timeout_ms must be positive, max_retries and "
                        + "retry_backoff_ms not negative");
            }
        }
    }

    /**
     * Settings for a provider whose configuration could not be read: it stays registered, and every
     * call fails at once saying what is wrong.
     */
    public static ProviderSettings invalid(String name, String pid, RuntimeException problem) {
        return new ProviderSettings(name, null, name + ": invalid configuration " + pid + ": " + problem.getMessage(), null, null, 1,
                Duration.ofSeconds(1), 0, Duration.ZERO, PriceTable.parse(new String[0]));
    }

    /** The configured key, else the environment variable's value, else null. */
    public static String apiKey(String configured, String environmentVariable, UnaryOperator<String> environment) {
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        String fromEnvironment = environment.apply(environmentVariable);
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment.trim();
    }

    /** The base URL as given, without trailing slashes. */
    public static URI baseUrl(String configured) {
        String url = configured == null ? "" : configured.trim();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return URI.create(url);
    }

    /** Whether a call can be made: a key is there, or none is needed. */
    public boolean usable() {
        return apiKey != null || unusableReason == null;
    }
}
