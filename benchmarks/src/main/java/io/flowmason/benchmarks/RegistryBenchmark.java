package io.flowmason.benchmarks;

import io.flowmason.executor.ComponentInfo;
import io.flowmason.executor.ComponentNotFoundException;
import io.flowmason.executor.VersionSpec;
import io.flowmason.executor.internal.registry.DeployedComponent;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Resolving a component version by spec in the live registry, over 4 types with 5 versions each
 * deployed as package bundles: the run path's lookup, the same with the spec parsed first (what a
 * nested {@code context.invoke} does on every call), and the public API that also describes the
 * component. The baseline is one hash-map lookup of the answer.
 */
public class RegistryBenchmark extends NanoBenchmark {

    static final String TYPE = "enrich";
    static final String[] VERSIONS = {"1.0.0", "1.1.0", "1.2.0", "1.3.0", "2.0.0"};

    private BarePlatform platform;
    private final Map<String, Object> answers = new HashMap<>();

    /** The spec of the resolving benchmarks. */
    @State(Scope.Benchmark)
    public static class Spec {

        @Param({"1.2.0", "=1.2.0", "[1.0,2.0)"})
        public String text;

        VersionSpec parsed;

        @Setup
        public void setUp() {
            parsed = VersionSpec.parse(text);
        }
    }

    @Setup
    public void setUp() throws Exception {
        Map<String, String[]> packages = new LinkedHashMap<>();
        for (String type : new String[] {"classify", TYPE, "shape", NoOpOperator.TYPE}) {
            packages.put(type, VERSIONS);
        }
        platform = new BarePlatform(packages);
        Checks.expect("deployed component versions", 20, platform.registry.components(false).size());
        Map<String, String> expected = Map.of("1.2.0", "1.3.0", "=1.2.0", "1.2.0", "[1.0,2.0)", "1.3.0");
        for (Map.Entry<String, String> spec : expected.entrySet()) {
            VersionSpec parsed = VersionSpec.parse(spec.getKey());
            Checks.expect(spec.getKey() + " resolves to", spec.getValue(),
                    platform.registry.resolveDeployed(TYPE, parsed).version().toString());
            Checks.expect(spec.getKey() + " describes", spec.getValue(), platform.registry.resolve(TYPE, parsed).version().toString());
        }
        answers.put(TYPE + "@1.3.0", platform.registry.resolveDeployed(TYPE, VersionSpec.parse("[1.0,2.0)")));
    }

    @TearDown
    public void tearDown() throws Exception {
        platform.close();
    }

    @Benchmark
    public DeployedComponent resolveDeployed(Spec spec) throws ComponentNotFoundException {
        return platform.registry.resolveDeployed(TYPE, spec.parsed);
    }

    @Benchmark
    public DeployedComponent parseAndResolveDeployed(Spec spec) throws ComponentNotFoundException {
        return platform.registry.resolveDeployed(TYPE, VersionSpec.parse(spec.text));
    }

    @Benchmark
    public ComponentInfo resolve(Spec spec) throws ComponentNotFoundException {
        return platform.registry.resolve(TYPE, spec.parsed);
    }

    /** One hash-map lookup of the component already resolved: what a cache of the answer would cost. */
    @Benchmark
    public Object baselineMapLookup() {
        return answers.get("enrich@1.3.0");
    }
}
