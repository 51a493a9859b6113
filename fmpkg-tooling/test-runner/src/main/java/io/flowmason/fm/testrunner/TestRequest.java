package io.flowmason.fm.testrunner;

import java.util.List;
import java.util.Map;

/**
 * What fm asks the runner, as a map: {@code bundle_id} (the installed package), {@code examples}
 * (component type to a list of input objects), {@code wait_ms} (how long components may take to
 * register) and {@code timeout_ms} (each run's stage timeout).
 */
record TestRequest(long bundleId, Map<String, List<Map<String, Object>>> examples, long deadlineNanos, long timeoutMillis) {

    /** The service property fm finds the runner by. */
    static final String SERVICE_PROPERTY = "flowmason.fm=test-runner";

    @SuppressWarnings("unchecked")
    static TestRequest of(Map<String, Object> request) {
        long waitMillis = ((Number) request.getOrDefault("wait_ms", 10_000L)).longValue();
        return new TestRequest(((Number) request.get("bundle_id")).longValue(),
                (Map<String, List<Map<String, Object>>>) request.getOrDefault("examples", Map.of()),
                System.nanoTime() + waitMillis * 1_000_000, ((Number) request.getOrDefault("timeout_ms", 30_000L)).longValue());
    }

    boolean waitIsOver() {
        return System.nanoTime() > deadlineNanos;
    }
}
