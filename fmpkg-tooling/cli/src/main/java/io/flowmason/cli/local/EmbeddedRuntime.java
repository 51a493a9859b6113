package io.flowmason.cli.local;

import io.flowmason.cli.CliFailure;
import io.flowmason.cli.ExitCodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The instance's runtime without its HTTP side, in a Felix framework inside fm: every bundle of
 * the distribution's {@code bundles/} installed as the launcher installs them, but only logging,
 * configuration, Declarative Services and the executor started (the gateway, HTTP and the deploy
 * folder stay off, so nothing listens and nothing is stored); then the {@code mock} provider
 * package and fm's test runner. Its cache lives in a temporary folder deleted on close.
 */
final class EmbeddedRuntime implements AutoCloseable {

    /** Started in this order, as the launcher starts them first; everything else resolves as needed. */
    static final List<String> STARTED = List.of(
            "org.apache.aries.spifly.dynamic.bundle",
            "slf4j.api",
            "slf4j.simple",
            "org.apache.felix.log",
            "org.apache.felix.configadmin",
            "org.apache.felix.scr",
            "io.flowmason.executor");

    private static final String RUNNER_BUNDLE = "runtime/io.flowmason.fm.testrunner.jar";
    private static final String RUNNER_FILTER = "(&(objectClass=" + Function.class.getName() + ")(flowmason.fm=test-runner))";

    private final Framework framework;
    private final Path storage;

    private EmbeddedRuntime(Framework framework, Path storage) {
        this.framework = framework;
        this.storage = storage;
    }

    static EmbeddedRuntime start(Distribution distribution) throws IOException {
        // what the runtime's bundles log through java.util.logging (SPI Fly) is not fm's output
        Logger.getLogger("").setLevel(Level.WARNING);
        Path storage = Files.createTempDirectory("fm-test-");
        Map<String, String> properties = new HashMap<>();
        properties.put("org.osgi.framework.storage", storage.toString());
        properties.put("org.osgi.framework.storage.clean", "onFirstInit");
        properties.put("org.osgi.framework.system.packages.extra", "sun.misc");
        properties.put("felix.log.level", "0");
        // as in the instance, whose class path holds nothing but Felix: bundles see only the JDK, not fm's jars
        properties.put("felix.bootdelegation.implicit", "false");
        properties.put("flowmason.environment", "test");
        properties.put("flowmason.home", distribution.home().toString());
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new CliFailure(ExitCodes.FAILED, "fm's class path lacks the Felix framework; lib/fm is incomplete"));
        Framework framework = factory.newFramework(properties);
        EmbeddedRuntime runtime = new EmbeddedRuntime(framework, storage);
        try {
            framework.init();
            List<Bundle> bundles = new ArrayList<>();
            try (Stream<Path> jars = Files.list(distribution.bundles())) {
                for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                    // by reference: the framework reads the jars where they are instead of copying them into its cache
                    bundles.add(context(framework).installBundle("reference:" + jar.toUri()));
                }
            }
            framework.start();
            for (String name : STARTED) {
                for (Bundle bundle : bundles) {
                    if (name.equals(bundle.getSymbolicName())) {
                        bundle.start();
                    }
                }
            }
            runtime.install(mockProvider(distribution)).start();
            try (InputStream runner = EmbeddedRuntime.class.getResourceAsStream(RUNNER_BUNDLE)) {
                context(framework).installBundle("fm:test-runner", runner).start();
            }
            return runtime;
        } catch (BundleException | RuntimeException e) {
            runtime.close();
            throw new CliFailure(ExitCodes.FAILED, "the FlowMason runtime of " + distribution.home() + " did not start: "
                    + e.getMessage(), e);
        }
    }

    Bundle install(Path file) throws BundleException {
        return context(framework).installBundle(file.toUri().toString());
    }

    /** fm's test runner in the framework, as the one type both sides know. */
    @SuppressWarnings("unchecked")
    Function<Map<String, Object>, Map<String, Object>> runner() throws InterruptedException {
        ServiceTracker<Object, Object> tracker;
        try {
            tracker = new ServiceTracker<>(context(framework), context(framework).createFilter(RUNNER_FILTER), null);
        } catch (InvalidSyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
        tracker.open();
        Object runner = tracker.waitForService(10_000);
        if (runner == null) {
            throw new CliFailure(ExitCodes.FAILED, "fm's test runner did not start in the FlowMason runtime: its executor"
                    + " services never came up");
        }
        return (Function<Map<String, Object>, Map<String, Object>>) runner;
    }

    private static Path mockProvider(Distribution distribution) throws IOException {
        try (Stream<Path> files = Files.list(distribution.corePackages())) {
            return files.filter(f -> f.getFileName().toString().matches("provider-mock-.*\\.fmpkg")).findFirst()
                    .orElseThrow(() -> new CliFailure(ExitCodes.FAILED, distribution.corePackages()
                            + " has no provider-mock package, which fm test runs nodes on"));
        }
    }

    private static BundleContext context(Framework framework) {
        return framework.getBundleContext();
    }

    @Override
    public void close() {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException e) {
            // the framework is going anyway with the JVM; the temporary cache is what must not stay
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            PackageBuilder.deleteTree(storage);
        } catch (IOException e) {
            System.err.println("fm: could not delete the temporary framework cache " + storage + ": " + e.getMessage());
        }
    }
}
