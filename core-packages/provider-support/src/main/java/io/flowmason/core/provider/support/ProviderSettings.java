package io.flowmason.core.provider.support;

import java.net.URI;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * What an HTTP provider was configured with, read once from its typed configuration.
 *
 * @param name             the provider's name, the first word of every error message
 * @param apiKey           the key, or null when there is none
 * @param missingKeyReason what to tell the user when a key is required and missing, or null when
 *                         the provider works without one
 * @param baseUrl          the API's root, without a trailing slash
 * @param defaultModel     the model used when a request names none
 * @param defaultMaxTokens the generation limit used when a request gives none
 * @param timeout          how long one HTTP attempt may take
 * @param maxRetries       how many times a rate-limited or failed (5xx) call is sent again
 * @param backoff          the first wait before a retry when the server names none; doubled per retry
 * @param prices           the price table
 */
public record ProviderSettings(String name, String apiKey, String missingKeyReason, URI baseUrl, String defaultModel,
        int defaultMaxTokens, Duration timeout, int maxRetries, Duration backoff, PriceTable prices) {

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
        String url = configured.trim();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return URI.create(url);
    }

    /** Whether a call can be made: a key is there, or none is needed. */
    public boolean usable() {
        return apiKey != null || missingKeyReason == null;
    }
}
