package io.flowmason.executor.internal.run;

import io.flowmason.api.provider.CompletionRequest;
import io.flowmason.api.provider.CompletionResponse;
import io.flowmason.api.provider.LlmProvider;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** The stage's provider as its component sees it: every answer's usage is counted into the stage. */
final class CountingProvider implements LlmProvider {

    private final LlmProvider provider;
    private final StageRecorder recorder;

    CountingProvider(LlmProvider provider, StageRecorder recorder) {
        this.provider = provider;
        this.recorder = recorder;
    }

    @Override
    public String name() {
        return provider.name();
    }

    @Override
    public Set<String> capabilities() {
        return provider.capabilities();
    }

    @Override
    public CompletionStage<CompletionResponse> complete(CompletionRequest request) {
        return provider.complete(request).thenApply(response -> {
            recorder.add(response.usage());
            return response;
        });
    }
}
