package io.flowmason.core.loop;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Runs one asynchronous call per item with at most a given number in flight: a finished call
 * starts the next item. The results keep the items' order; the first failure ends the whole.
 */
final class ItemRuns {

    private final List<Object> items;
    private final int concurrency;
    private final BiFunction<Object, Integer, CompletionStage<Map<String, Object>>> call;
    private final Object[] results;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final CompletableFuture<List<Object>> done = new CompletableFuture<>();

    ItemRuns(List<Object> items, int concurrency, BiFunction<Object, Integer, CompletionStage<Map<String, Object>>> call) {
        this.items = items;
        this.concurrency = concurrency;
        this.call = call;
        this.results = new Object[items.size()];
    }

    static Map<String, Object> variables(Object item, int index) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("item", item);
        variables.put("index", index);
        return variables;
    }

    CompletableFuture<List<Object>> start() {
        if (items.isEmpty()) {
            done.complete(List.of());
        }
        for (int i = 0; i < Math.min(concurrency, items.size()); i++) {
            startNext();
        }
        return done;
    }

    private void startNext() {
        int index = next.getAndIncrement();
        if (index >= items.size() || done.isDone()) {
            return;
        }
        CompletionStage<Map<String, Object>> running;
        try {
            running = call.apply(items.get(index), index);
        } catch (RuntimeException e) {
            running = CompletableFuture.failedFuture(e);
        }
        running.whenComplete((output, failure) -> {
            if (failure != null) {
                done.completeExceptionally(itemFailure(index, failure));
                return;
            }
            results[index] = output;
            if (finished.incrementAndGet() == items.size()) {
                done.complete(Arrays.asList(results));
            } else {
                startNext();
            }
        });
    }

    private static ComponentException itemFailure(int index, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ComponentException component) {
            return new ComponentException(component.type(), "loop: item " + index + ": " + component.getMessage(),
                    component.retryable(), component);
        }
        return new ComponentException(ErrorType.EXECUTION, "loop: item " + index + ": " + cause, false, cause);
    }
}
