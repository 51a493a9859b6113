package io.flowmason.benchmarks;

import io.flowmason.api.component.ComponentNamespace;
import io.flowmason.api.component.OperatorComponent;
import io.flowmason.executor.internal.pipeline.CompiledPipelineImpl;
import io.flowmason.executor.internal.pipeline.EnvAllowList;
import io.flowmason.executor.internal.pipeline.PipelineCompilerImpl;
import io.flowmason.executor.internal.providers.ProviderRegistry;
import io.flowmason.executor.internal.registry.LiveComponentRegistry;
import io.flowmason.executor.internal.run.PipelineRunnerImpl;
import io.flowmason.executor.internal.run.RunInternals;
import io.flowmason.executor.internal.run.StageThreads;
import io.flowmason.executor.internal.states.ComponentStateBook;
import io.flowmason.executor.internal.validation.SchemaValidator;
import io.flowmason.executor.pipeline.Compilation;
import io.flowmason.executor.pipeline.PipelineDefinition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Hashtable;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * The executor's services over a real but bare Felix framework: no SCR, no HTTP, no database. The
 * component registry needs a framework (it tracks package bundles and component services), so
 * packages are installed as bundles and their operator services registered in their names, as SCR
 * would; everything else is constructed the way DS would construct it.
 */
final class BarePlatform implements AutoCloseable {

    static final String ENVIRONMENT = "benchmark";

    private final Path storage;
    private final Framework framework;
    private final StageThreads threads;
    final SchemaValidator validator = new SchemaValidator();
    final ProviderRegistry providers = new ProviderRegistry();
    final LiveComponentRegistry registry;
    final PipelineCompilerImpl compiler;
    final PipelineRunnerImpl runner;
    final RunInternals internals;

    /** @param packages component type to the versions deployed of it */
    BarePlatform(Map<String, String[]> packages) throws Exception {
        storage = Files.createTempDirectory("flowmason-benchmark-felix");
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
        framework = factory.newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                "flowmason.environment", ENVIRONMENT));
        framework.start();
        BundleContext context = framework.getBundleContext();
        for (Map.Entry<String, String[]> type : packages.entrySet()) {
            for (String version : type.getValue()) {
                deploy(context, type.getKey(), version);
            }
        }
        ComponentStateBook states = new ComponentStateBook(context);
        threads = new StageThreads(states);
        registry = new LiveComponentRegistry(context, states);
        EnvAllowList envAllowList = new EnvAllowList(context);
        compiler = new PipelineCompilerImpl(registry, providers, validator, envAllowList);
        runner = new PipelineRunnerImpl(context, registry, providers, threads, validator, envAllowList);
        internals = new RunInternals(registry, providers, threads, validator, ENVIRONMENT);
    }

    private static void deploy(BundleContext context, String type, String version) throws BundleException {
        Bundle bundle = context.installBundle("memory:" + type + "@" + version,
                new ByteArrayInputStream(ComponentPackages.jar(type, version)));
        bundle.start();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ComponentNamespace.TYPE, type);
        properties.put("component.name", NoOpOperator.class.getName());
        bundle.getBundleContext().registerService(OperatorComponent.class, new NoOpOperator(), properties);
    }

    /** Compiles a pipeline as saving a draft does; refuses one with problems, which would measure the wrong thing. */
    CompiledPipelineImpl compile(PipelineDefinition definition) {
        Compilation compilation = compiler.compile(definition);
        if (!compilation.ok()) {
            throw new IllegalStateException("pipeline " + definition.id() + " does not compile: " + compilation.problems());
        }
        return (CompiledPipelineImpl) compilation.pipeline().orElseThrow();
    }

    @Override
    public void close() throws Exception {
        RunInternals.stop(threads);
        framework.stop();
        framework.waitForStop(10_000);
        try (Stream<Path> files = Files.walk(storage)) {
            files.sorted(Comparator.reverseOrder()).forEach(BarePlatform::delete);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
