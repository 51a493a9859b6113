package io.flowmason.core.httprequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.api.component.AsyncOperatorComponent;
import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.DefaultValue;
import io.flowmason.api.component.Description;
import io.flowmason.api.component.ErrorType;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.Required;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Calls an HTTP API without holding a thread while it waits: only hosts on the allow-list, never
 * the instance's own network unless allowed, redirects only to allowed hosts, the response capped
 * in size. A non-2xx answer is an output like any other; the pipeline decides what it means.
 */
@Operator(type = "http_request", category = "core", description = "Calls an HTTP API on an allowed host")
@Component(configurationPid = "io.flowmason.core.httprequest", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = HttpRequestConfig.class)
public final class HttpRequest implements AsyncOperatorComponent<HttpRequest.Input, HttpRequest.Output> {

    public enum Method { GET, POST, PUT, PATCH, DELETE, HEAD }

    public record Input(
            @Required @Description("The URL to call; its host must be on the instance's allow-list") String url,
            @Description("The HTTP method") @DefaultValue("\"GET\"") Method method,
            @Description("Request headers") Map<String, String> headers,
            @Description("The request body: objects and arrays are sent as JSON, text as it is") Object body,
            @Description("Milliseconds to wait for the answer") Integer timeoutMs) {
    }

    public record Output(
            @Description("The HTTP status code") int status,
            @Description("Response headers, names in lower case, first value of each") Map<String, String> headers,
            @Description("The response body: parsed when it is JSON, else text") Object body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HostPolicy policy;
    private final HttpRequestConfig config;
    private final HttpClient client;

    @Activate
    public HttpRequest(HttpRequestConfig config) {
        this.config = config;
        this.policy = new HostPolicy(config.allowed_hosts(), config.allow_private_addresses());
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofMillis(config.default_timeout_ms())).build();
    }

    @Override
    public CompletionStage<Output> execute(Input input, ExecutionContext context) throws ComponentException {
        URI url = uri(input.url());
        Method method = input.method() == null ? Method.GET : input.method();
        Duration timeout = Duration.ofMillis(input.timeoutMs() == null ? config.default_timeout_ms() : input.timeoutMs());
        return send(url, method, input, timeout, config.max_redirects());
    }

    private CompletableFuture<Output> send(URI url, Method method, Input input, Duration timeout, int redirectsLeft) {
        String refusal = policy.refusal(url);
        if (refusal != null) {
            return CompletableFuture.failedFuture(new ComponentException(ErrorType.CONFIGURATION, "http_request: " + refusal, false));
        }
        java.net.http.HttpRequest request;
        try {
            request = Requests.build(url, method.name(), input.headers(), input.body(), timeout);
        } catch (IllegalArgumentException | JsonProcessingException e) {
            return CompletableFuture.failedFuture(new ComponentException(ErrorType.INVALID_INPUT, "http_request: " + e.getMessage(), false));
        }
        CappedBody body = new CappedBody(config.max_response_bytes());
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArrayConsumer(body))
                .handle((response, failure) -> {
                    if (failure != null) {
                        throw new CompletionException(transportFailure(url, failure));
                    }
                    return response;
                })
                .thenCompose(response -> {
                    if (isRedirect(response.statusCode()) && response.headers().firstValue("location").isPresent()) {
                        if (redirectsLeft == 0) {
                            return CompletableFuture.failedFuture(new ComponentException(ErrorType.UPSTREAM, "http_request: "
                                    + url.getHost() + " redirected more than " + config.max_redirects() + " times", false));
                        }
                        URI next = url.resolve(response.headers().firstValue("location").get());
                        Method nextMethod = response.statusCode() == 303 ? Method.GET : method;
                        Input nextInput = response.statusCode() == 303
                                ? new Input(next.toString(), Method.GET, input.headers(), null, input.timeoutMs()) : input;
                        return send(next, nextMethod, nextInput, timeout, redirectsLeft - 1);
                    }
                    return CompletableFuture.completedFuture(output(url, response, body));
                });
    }

    private Output output(URI url, HttpResponse<Void> response, CappedBody body) {
        if (body.tooLarge()) {
            throw new CompletionException(new ComponentException(ErrorType.UPSTREAM, "http_request: the answer of " + url.getHost()
                    + " is larger than " + config.max_response_bytes() + " bytes; raise max_response_bytes if it must be read", false));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        String text = new String(body.bytes(), StandardCharsets.UTF_8);
        Object parsed = text;
        if (headers.getOrDefault("content-type", "").contains("json") && !text.isBlank()) {
            try {
                parsed = JSON.readValue(text, Object.class);
            } catch (JsonProcessingException notJson) {
                parsed = text;
            }
        }
        return new Output(response.statusCode(), headers, parsed);
    }

    private static boolean isRedirect(int status) {
        return List.of(301, 302, 303, 307, 308).contains(status);
    }

    private static ComponentException transportFailure(URI url, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException) {
            return new ComponentException(ErrorType.TIMEOUT, "http_request: " + url.getHost() + " did not answer in time", true, cause);
        }
        if (cause instanceof ComponentException component) {
            return component;
        }
        String reason = cause instanceof IOException ? String.valueOf(cause.getMessage()) : cause.toString();
        return new ComponentException(ErrorType.UPSTREAM, "http_request: calling " + url.getHost() + " failed: " + reason, true, cause);
    }

    private static URI uri(String url) throws ComponentException {
        try {
            return URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new ComponentException(ErrorType.INVALID_INPUT, "http_request: '" + url + "' is not a URL", false, e);
        }
    }
}
