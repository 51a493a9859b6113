package io.flowmason.gateway.internal.runs;

import io.flowmason.gateway.internal.pipelines.PipelineJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers finished runs to the webhook their caller named: a JSON POST, tried again with growing
 * delays while the receiver fails (5xx, 429 or no answer), given up after the last attempt.
 */
@Component(service = Webhooks.class)
public class Webhooks {

    static final int ATTEMPTS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(Webhooks.class);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "flowmason-webhooks");
        thread.setDaemon(true);
        return thread;
    });
    private final long firstDelayMs;

    public Webhooks() {
        this(500);
    }

    Webhooks(long firstDelayMs) {
        this.firstDelayMs = firstDelayMs;
    }

    @Deactivate
    void close() {
        retries.shutdownNow();
    }

    public void deliver(String url, Map<String, Object> envelope) {
        attempt(URI.create(url), PipelineJson.text(envelope), 1);
    }

    private void attempt(URI url, String body, int attempt) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("User-Agent", "FlowMason-Webhook")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            boolean retry = failure != null || response.statusCode() >= 500 || response.statusCode() == 429;
            if (!retry) {
                if (response.statusCode() >= 400) {
                    LOG.warn("Webhook {} refused the run with {}; not retried", url, response.statusCode());
                }
                return;
            }
            if (attempt >= ATTEMPTS) {
                LOG.warn("Webhook {} failed {} times; giving up ({})", url, attempt,
                        failure != null ? failure.toString() : "status " + response.statusCode());
                return;
            }
            retries.schedule(() -> attempt(url, body, attempt + 1), firstDelayMs << (attempt - 1), TimeUnit.MILLISECONDS);
        });
    }
}
