package io.flowmason.core.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ItemRunsTest {

    @Test
    void keepsItemOrderWhateverOrderTheCallsFinishIn() {
        List<CompletableFuture<Map<String, Object>>> calls = new ArrayList<>();
        CompletableFuture<List<Object>> done = new ItemRuns(List.of("a", "b", "c"), 3, (item, index) -> {
            CompletableFuture<Map<String, Object>> call = new CompletableFuture<>();
            calls.add(call);
            return call;
        }).start();

        calls.get(2).complete(Map.of("out", "C"));
        calls.get(0).complete(Map.of("out", "A"));
        assertThat(done).isNotDone();
        calls.get(1).complete(Map.of("out", "B"));

        assertThat(done.join()).containsExactly(Map.of("out", "A"), Map.of("out", "B"), Map.of("out", "C"));
    }

    @Test
    void neverHasMoreThanTheLimitInFlight() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<CompletableFuture<Map<String, Object>>> pending = new ArrayList<>();
        CompletableFuture<List<Object>> done = new ItemRuns(List.of(1, 2, 3, 4, 5, 6, 7), 2, (item, index) -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            CompletableFuture<Map<String, Object>> call = new CompletableFuture<>();
            pending.add(call);
            return call.whenComplete((r, f) -> inFlight.decrementAndGet());
        }).start();
        while (!done.isDone()) {
            pending.remove(0).complete(Map.of());
        }
        assertThat(most.get()).isEqualTo(2);
        assertThat(done.join()).hasSize(7);
    }

    @Test
    void theFirstFailureNamesItsItemAndStopsStartingNewOnes() {
        AtomicInteger started = new AtomicInteger();
        CompletableFuture<List<Object>> done = new ItemRuns(List.of(1, 2, 3, 4), 1, (item, index) -> {
            started.incrementAndGet();
            return index == 1
                    ? CompletableFuture.failedFuture(new ComponentException(ErrorType.UPSTREAM, "bad gateway", true))
                    : CompletableFuture.completedFuture(Map.of("i", index));
        }).start();

        assertThatThrownBy(done::join).isInstanceOf(CompletionException.class).cause()
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e).hasMessage("loop: item 1: bad gateway");
                    assertThat(e.retryable()).isTrue();
                });
        assertThat(started.get()).isEqualTo(2);
    }

    @Test
    void noItemsIsNoCallsAndNoResults() {
        assertThat(new ItemRuns(List.of(), 4, (item, index) -> {
            throw new AssertionError("called");
        }).start().join()).isEmpty();
    }

    @Test
    void variablesMayHoldANullItem() {
        assertThat(ItemRuns.variables(null, 3)).containsEntry("item", null).containsEntry("index", 3);
    }

    @Test
    void theComponentIsATypeWithAnOptionalVersion() throws Exception {
        assertThat(Loop.Target.parse("text_upper@[1.0,2)")).isEqualTo(new Loop.Target("text_upper", "[1.0,2)"));
        assertThat(Loop.Target.parse(" text_upper ")).isEqualTo(new Loop.Target("text_upper", null));
        assertThatThrownBy(() -> Loop.Target.parse("Text Upper")).hasMessageContaining("is not a component type");
    }
}
