package io.flowmason.executor.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopologicalOrderTest {

    private static Map<String, Set<String>> graph(Object... stageThenDeps) {
        Map<String, Set<String>> graph = new LinkedHashMap<>();
        for (int i = 0; i < stageThenDeps.length; i += 2) {
            graph.put((String) stageThenDeps[i], (Set<String>) stageThenDeps[i + 1]);
        }
        return graph;
    }

    @Test
    void everyStageComesAfterWhatItDependsOn() {
        TopologicalOrder.Result result = TopologicalOrder.of(graph(
                "report", Set.of("score", "summary"),
                "score", Set.of("fetch"),
                "summary", Set.of("fetch"),
                "fetch", Set.of()));

        assertThat(result.hasCycle()).isFalse();
        List<String> order = result.order();
        assertThat(order).containsExactly("fetch", "score", "summary", "report");
    }

    @Test
    void independentStagesKeepTheirWrittenOrder() {
        assertThat(TopologicalOrder.of(graph("c", Set.of(), "a", Set.of(), "b", Set.of())).order()).containsExactly("c", "a", "b");
    }

    @Test
    void findsACycleAndNamesItsStagesInOrder() {
        TopologicalOrder.Result result = TopologicalOrder.of(graph(
                "start", Set.of(),
                "a", Set.of("start", "c"),
                "b", Set.of("a"),
                "c", Set.of("b"),
                "after", Set.of("c")));

        assertThat(result.hasCycle()).isTrue();
        assertThat(result.cycle()).hasSize(4);
        assertThat(result.cycle().get(0)).isEqualTo(result.cycle().get(3));
        assertThat(result.cycle()).containsAll(List.of("a", "b", "c")).doesNotContain("start", "after");
        assertThat(result.order()).containsExactly("start");
    }

    @Test
    void aTwoStageCycleIsFoundToo() {
        TopologicalOrder.Result result = TopologicalOrder.of(graph("x", Set.of("y"), "y", Set.of("x")));
        assertThat(result.cycle()).containsExactlyInAnyOrder("x", "y", "x");
    }
}
