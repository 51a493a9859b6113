package io.flowmason.fm.testrunner;

import io.flowmason.api.provider.LlmProvider;
import io.flowmason.executor.ComponentInfo;
import io.flowmason.executor.ComponentKind;
import io.flowmason.executor.ComponentRegistry;
import io.flowmason.executor.pipeline.Compilation;
import io.flowmason.executor.pipeline.PipelineCompiler;
import io.flowmason.executor.pipeline.PipelineDefinition;
import io.flowmason.executor.pipeline.PipelineProblem;
import io.flowmason.executor.pipeline.StageDefinition;
import io.flowmason.executor.run.PipelineRunner;
import io.flowmason.executor.run.RunOutcome;
import io.flowmason.executor.run.RunRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs each component of one installed package on example inputs, the way a pipeline stage runs it
 * on the instance: a one-stage pipeline whose input and output schemas are the component's is
 * compiled (schemas meta-validated, component resolved to exactly this package, nodes on the
 * {@code mock} provider), the example is checked against the input schema and the run goes through
 * the executor's universal path. Registered as a {@link Function} of JDK maps (see
 * {@link TestRequest} and {@link TestReport}), the one type fm shares with the framework.
 */
@Component(service = Function.class, property = TestRequest.SERVICE_PROPERTY)
public final class PackageTestRunner implements Function<Map<String, Object>, Map<String, Object>> {

    static final String PROVIDER = "mock";
    private static final long POLL_MILLIS = 20;

    private final BundleContext context;
    private final ComponentRegistry registry;
    private final PipelineCompiler compiler;
    private final PipelineRunner runner;

    @Activate
    public PackageTestRunner(BundleContext context, @Reference ComponentRegistry registry, @Reference PipelineCompiler compiler,
            @Reference PipelineRunner runner) {
        this.context = context;
        this.registry = registry;
        this.compiler = compiler;
        this.runner = runner;
    }

    @Override
    public Map<String, Object> apply(Map<String, Object> request) {
        TestRequest test = TestRequest.of(request);
        List<Object> components = new ArrayList<>();
        for (ComponentInfo component : awaitAvailable(test)) {
            List<Object> runs = new ArrayList<>();
            if (component.available()) {
                for (Map<String, Object> input : test.examples().getOrDefault(component.type(), List.of())) {
                    runs.add(run(component, input, test));
                }
            }
            components.add(TestReport.component(component, runs));
        }
        return Map.of(TestReport.COMPONENTS, components);
    }

    /**
     * The package's components once all can run (nodes: once the mock provider is there too), or as
     * they are when the wait is over; at once when the package is not active, since then they never
     * will (their load errors say why).
     */
    private List<ComponentInfo> awaitAvailable(TestRequest test) {
        while (true) {
            List<ComponentInfo> components = registry.componentsOf(test.bundleId());
            boolean ready = !components.isEmpty() && components.stream().allMatch(ComponentInfo::available)
                    && (components.stream().noneMatch(c -> c.kind() == ComponentKind.NODE) || providerRegistered());
            Bundle bundle = context.getBundle(test.bundleId());
            if (ready || bundle == null || bundle.getState() != Bundle.ACTIVE || test.waitIsOver()) {
                return components;
            }
            pause();
        }
    }

    private boolean providerRegistered() {
        try {
            return !context.getServiceReferences(LlmProvider.class, "(" + LlmProvider.NAME_PROPERTY + "=" + PROVIDER + ")").isEmpty();
        } catch (InvalidSyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private Map<String, Object> run(ComponentInfo component, Map<String, Object> input, TestRequest test) {
        Compilation compilation = compiler.compile(pipeline(component, test));
        if (!compilation.ok()) {
            return TestReport.failure(input, "not_runnable", compilation.problems().stream().map(PackageTestRunner::describe)
                    .collect(Collectors.joining("; ")));
        }
        List<String> violations = compilation.pipeline().orElseThrow().validateInput(input).stream()
                .map(v -> (v.path().isEmpty() ? "" : v.path() + ": ") + v.message()).toList();
        if (!violations.isEmpty()) {
            return TestReport.failure(input, "invalid_input", "the example does not match the input schema: "
                    + String.join("; ", violations));
        }
        try {
            RunOutcome outcome = runner.run(compilation.pipeline().orElseThrow(), input,
                    new RunRequest("fm_test_" + System.nanoTime(), "0.0.0")).toCompletableFuture()
                    .get(test.timeoutMillis() + 5_000, TimeUnit.MILLISECONDS);
            return TestReport.outcome(input, outcome);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TestReport.failure(input, "interrupted", "the test was interrupted");
        } catch (Exception e) {
            return TestReport.failure(input, "internal_error", String.valueOf(e));
        }
    }

    /** A pipeline of one stage running exactly this component version, with the component's schemas as its own. */
    private static PipelineDefinition pipeline(ComponentInfo component, TestRequest test) {
        StageDefinition stage = new StageDefinition("component", component.type(), component.packageName() + "@=" + component.version(),
                component.kind() == ComponentKind.NODE ? PROVIDER : null, Map.of(), List.of(), test.timeoutMillis(), null);
        return new PipelineDefinition("fm-test", "fm test " + component.type(), "0.0.0", "fm test of " + component.type(),
                component.inputSchema(), component.outputSchema(), List.of(stage), null);
    }

    private static String describe(PipelineProblem problem) {
        return problem.message() + (problem.suggestion() == null ? "" : " (" + problem.suggestion() + ")");
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the package's components", e);
        }
    }

    /** For {@link TestReport}: the version and kind as fm prints them. */
    static Map<String, Object> identity(ComponentInfo component) {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("type", component.type());
        identity.put("kind", component.kind().id());
        identity.put("version", component.version().toString());
        return identity;
    }
}
