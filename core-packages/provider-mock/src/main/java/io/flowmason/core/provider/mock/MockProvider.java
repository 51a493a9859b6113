package io.flowmason.core.provider.mock;

import io.flowmason.api.provider.CompletionRequest;
import io.flowmason.api.provider.CompletionResponse;
import io.flowmason.api.provider.LlmProvider;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The LLM provider {@code mock}: deterministic answers from {@link MockAnswers}, no network, no
 * cost. A configured delay is served by one timer thread that completes answers when they are
 * due, so waiting callers hold no thread. Also registered under its own class for
 * {@link MockStatus}.
 */
@Component(service = {LlmProvider.class, MockProvider.class}, configurationPid = MockProvider.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, property = LlmProvider.NAME_PROPERTY + "=" + MockProvider.NAME)
@Designate(ocd = MockConfig.class)
public final class MockProvider implements LlmProvider {

    static final String NAME = "mock";
    static final String PID = "io.flowmason.provider.mock";

    private volatile String model = "mock-1";
    private volatile long delayMillis;
    private volatile ScheduledExecutorService timer;

    @Activate
    void activate(MockConfig config) {
        model = config.default__model();
        delayMillis = Math.max(0, config.delay__ms());
        if (delayMillis > 0) {
            timer = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "flowmason-mock-provider-timer");
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    @Deactivate
    void deactivate() {
        ScheduledExecutorService current = timer;
        if (current != null) {
            current.shutdownNow();
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> capabilities() {
        return Set.of("json_mode");
    }

    @Override
    public CompletionStage<CompletionResponse> complete(CompletionRequest request) {
        CompletionResponse response = MockAnswers.answer(request, model);
        ScheduledExecutorService current = timer;
        if (current == null) {
            return CompletableFuture.completedFuture(response);
        }
        CompletableFuture<CompletionResponse> answer = new CompletableFuture<>();
        current.schedule(() -> answer.complete(response), delayMillis, TimeUnit.MILLISECONDS);
        return answer;
    }

    /** The model named in answers when a request names none. */
    String model() {
        return model;
    }
}
