package io.flowmason.benchmarks;

import java.util.Map;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** A {@link BarePlatform} with one package deployed: {@link NoOpOperator} 1.0.0. */
@State(Scope.Benchmark)
public class NoOpPlatform {

    BarePlatform platform;

    @Setup(Level.Trial)
    public void start() throws Exception {
        platform = new BarePlatform(Map.of(NoOpOperator.TYPE, new String[] {"1.0.0"}));
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        platform.close();
    }
}
