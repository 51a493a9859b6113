package io.flowmason.executor.internal.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders stages so that each comes after the stages it depends on, keeping the written order
 * where the dependencies leave a choice, or finds a cycle.
 */
final class TopologicalOrder {

    /** The order, or the stages of one cycle in the order they depend on each other (first repeated last). */
    record Result(List<String> order, List<String> cycle) {
        boolean hasCycle() {
            return !cycle.isEmpty();
        }
    }

    private TopologicalOrder() {
    }

    /** @param dependencies every stage (in written order) to the stages it depends on, all of them known stages */
    static Result of(Map<String, Set<String>> dependencies) {
        Map<String, Integer> waiting = new LinkedHashMap<>();
        Map<String, List<String>> dependents = new LinkedHashMap<>();
        dependencies.forEach((stage, deps) -> {
            waiting.put(stage, deps.size());
            dependents.putIfAbsent(stage, new ArrayList<>());
            deps.forEach(dep -> dependents.computeIfAbsent(dep, d -> new ArrayList<>()).add(stage));
        });
        List<String> order = new ArrayList<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Map.Entry<String, Integer> entry : waiting.entrySet()) {
                if (entry.getValue() == 0) {
                    String ready = entry.getKey();
                    order.add(ready);
                    entry.setValue(-1);
                    dependents.get(ready).forEach(dependent -> waiting.merge(dependent, -1, Integer::sum));
                    progress = true;
                    break;
                }
            }
        }
        if (order.size() == dependencies.size()) {
            return new Result(order, List.of());
        }
        return new Result(order, cycle(dependencies, waiting));
    }

    private static List<String> cycle(Map<String, Set<String>> dependencies, Map<String, Integer> waiting) {
        String start = waiting.entrySet().stream().filter(e -> e.getValue() > 0).findFirst().orElseThrow().getKey();
        Deque<String> path = new ArrayDeque<>();
        List<String> visited = new ArrayList<>();
        String current = start;
        while (!visited.contains(current)) {
            visited.add(current);
            path.addLast(current);
            current = dependencies.get(current).stream().filter(dep -> waiting.get(dep) > 0).findFirst().orElseThrow();
        }
        List<String> cycle = new ArrayList<>(visited.subList(visited.indexOf(current), visited.size()));
        cycle.add(current);
        java.util.Collections.reverse(cycle);
        return cycle;
    }
}
