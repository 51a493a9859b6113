package io.flowmason.executor.run;

import java.util.List;

/**
 * A finished run: completed with a result, or failed with an error naming the stage; usage summed
 * over the stages; a span per stage that started, in the order they started.
 */
public record RunOutcome(RunStatus status, Object result, RunError error, Usage usage, List<StageSpan> spans) {

    public RunOutcome {
        spans = List.copyOf(spans);
    }
}
