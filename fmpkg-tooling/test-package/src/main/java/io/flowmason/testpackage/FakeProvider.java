package io.flowmason.testpackage;

import io.flowmason.api.provider.CompletionRequest;
import io.flowmason.api.provider.CompletionResponse;
import io.flowmason.api.provider.LlmProvider;
import io.flowmason.api.provider.TokenUsage;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * A provider named {@code fake}: answers {@code echo: <prompt>} with one token per word (a
 * thousandth of a dollar each), after {@code [wait N]} milliseconds when the prompt starts so,
 * holding no thread while it waits.
 */
@Component(property = LlmProvider.NAME_PROPERTY + "=fake")
public final class FakeProvider implements LlmProvider {

    private static final Pattern WAIT = Pattern.compile("^\\[wait (\\d+)\\]\\s*");

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "fake-provider");
        thread.setDaemon(true);
        return thread;
    });

    @Deactivate
    void close() {
        timer.shutdownNow();
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public Set<String> capabilities() {
        return Set.of("json_mode");
    }

    @Override
    public CompletionStage<CompletionResponse> complete(CompletionRequest request) {
        String prompt = request.messages().get(request.messages().size() - 1).content();
        Matcher wait = WAIT.matcher(prompt);
        boolean waits = wait.find();
        long delay = waits ? Long.parseLong(wait.group(1)) : 0;
        String text = waits ? prompt.substring(wait.end()) : prompt;
        long words = text.isBlank() ? 0 : text.trim().split("\\s+").length;
        CompletionResponse response = new CompletionResponse("echo: " + text, "fake-1", "end_turn",
                new TokenUsage(words, words + 1, (2 * words + 1) / 1000.0));
        if (delay == 0) {
            return CompletableFuture.completedFuture(response);
        }
        CompletableFuture<CompletionResponse> answer = new CompletableFuture<>();
        timer.schedule(() -> answer.complete(response), delay, TimeUnit.MILLISECONDS);
        return answer;
    }
}
