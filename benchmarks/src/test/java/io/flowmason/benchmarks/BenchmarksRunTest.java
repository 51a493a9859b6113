package io.flowmason.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Proves that the benchmarks run: each one, in every mode and with every parameter, once for
 * 100 ms in this JVM (no fork, no warm-up), must give a measurement. A benchmark whose setup check
 * fails (a stage that does not complete, a mapping with problems) fails this test.
 */
class BenchmarksRunTest {

    @Test
    void everyBenchmarkMeasuresSomethingInEveryModeAndWithEveryParameter() throws RunnerException, IOException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(NoOpOperator.class.getPackageName().replace(".", "\\.") + "\\..*")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build()).run();

        List<String> measured = new ArrayList<>();
        for (RunResult result : results) {
            double score = result.getPrimaryResult().getScore();
            assertThat(score).as("score of %s", key(result.getParams())).isFinite().isPositive();
            measured.add(key(result.getParams()));
        }
        assertThat(measured).containsExactlyInAnyOrderElementsOf(declaredRuns());
    }

    private static String key(BenchmarkParams params) {
        Map<String, String> values = new TreeMap<>();
        params.getParamsKeys().forEach(name -> values.put(name, params.getParam(name)));
        return params.getBenchmark() + " " + params.getMode() + " " + values;
    }

    /** Every benchmark the annotation processor listed, once per mode and per combination of parameter values. */
    private static List<String> declaredRuns() throws IOException {
        List<String> runs = new ArrayList<>();
        try (InputStream in = BenchmarksRunTest.class.getClassLoader().getResourceAsStream(BenchmarkList.BENCHMARK_LIST.substring(1))) {
            for (BenchmarkListEntry entry : BenchmarkList.readBenchmarkList(in)) {
                for (Map<String, String> values : combinations(entry.getParams().orElse(Map.of()))) {
                    runs.add(entry.getUsername() + " " + entry.getMode() + " " + values);
                }
            }
        }
        return runs;
    }

    private static List<Map<String, String>> combinations(Map<String, String[]> params) {
        List<Map<String, String>> combinations = new ArrayList<>(List.of(new TreeMap<>()));
        params.forEach((name, values) -> {
            List<Map<String, String>> extended = new ArrayList<>();
            for (Map<String, String> combination : combinations) {
                for (String value : values) {
                    Map<String, String> next = new TreeMap<>(combination);
                    next.put(name, value);
                    extended.add(next);
                }
            }
            combinations.clear();
            combinations.addAll(extended);
        });
        return combinations;
    }
}
