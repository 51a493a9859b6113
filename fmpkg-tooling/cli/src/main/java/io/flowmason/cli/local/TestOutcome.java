package io.flowmason.cli.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints what the test runner answered, component by component and run by run, and says whether all passed. */
record TestOutcome(int components, int unavailable, int runs, int failed) {

    private static final ObjectMapper JSON = new ObjectMapper();

    @SuppressWarnings("unchecked")
    static TestOutcome print(PrintWriter out, Map<String, Object> report) {
        List<Map<String, Object>> components = (List<Map<String, Object>>) report.get("components");
        int unavailable = 0;
        int runs = 0;
        int failed = 0;
        for (Map<String, Object> component : components) {
            out.printf("%s (%s) %s%n", component.get("type"), component.get("kind"), component.get("version"));
            if (!Boolean.TRUE.equals(component.get("available"))) {
                unavailable++;
                out.println("  not available: " + component.get("load_error"));
                continue;
            }
            List<Map<String, Object>> componentRuns = (List<Map<String, Object>>) component.get("runs");
            for (int i = 0; i < componentRuns.size(); i++) {
                runs++;
                if (!printRun(out, i + 1, componentRuns.get(i))) {
                    failed++;
                }
            }
        }
        return new TestOutcome(components.size(), unavailable, runs, failed);
    }

    @SuppressWarnings("unchecked")
    private static boolean printRun(PrintWriter out, int number, Map<String, Object> run) {
        boolean completed = "completed".equals(run.get("status"));
        if (completed) {
            Map<String, Object> usage = (Map<String, Object>) run.get("usage");
            out.printf(Locale.ROOT, "  run %d  completed in %.1f ms; usage %s input + %s output tokens, $%.6f%n", number,
                    ((Number) run.get("duration_ms")).doubleValue(), usage.get("input_tokens"), usage.get("output_tokens"),
                    ((Number) usage.get("cost_usd")).doubleValue());
        } else {
            Map<String, Object> error = (Map<String, Object>) run.get("error");
            out.printf("  run %d  FAILED %s: %s%n", number, error.get("code"), error.get("message"));
        }
        out.println("    input   " + json(run.get("input")));
        if (completed) {
            out.println("    output  " + json(run.get("output")));
        }
        for (Map<String, Object> log : (List<Map<String, Object>>) run.getOrDefault("logs", List.of())) {
            out.println("    log     " + log.get("level") + ": " + log.get("message"));
        }
        return completed;
    }

    boolean passed() {
        return components > 0 && unavailable == 0 && failed == 0 && runs > 0;
    }

    String summary() {
        if (components == 0) {
            return "the instance lists no components of this package; run fm validate on it";
        }
        String runsPart = (runs - failed) + " of " + PackageReport.count(runs, "run") + " completed";
        return unavailable == 0 ? runsPart : runsPart + "; " + PackageReport.count(unavailable, "component") + " not available";
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
