package io.flowmason.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/** A running Felix framework with the distribution's bundles installed and started. */
public final class Instance {

    /** Folder under the home directory holding the runtime and platform bundles. */
    public static final String BUNDLES_DIR = "bundles";

    private final Framework framework;

    private Instance(Framework framework) {
        this.framework = framework;
    }

    /**
     * Starts the framework and every bundle of {@code <home>/bundles}. A bundle that fails to start
     * is reported on {@code log} and left as it is; it does not stop the others.
     */
    public static Instance start(Settings settings, String ownerKeyDigest, String version, PrintStream log)
            throws StartupException {
        Map<String, String> properties = FrameworkProperties.of(settings, ownerKeyDigest, version);
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new StartupException("no OSGi framework on the class path; lib/ is incomplete"));
        Framework framework = factory.newFramework(properties);
        try {
            framework.init();
            List<Bundle> bundles = install(framework, settings.home().resolve(BUNDLES_DIR));
            framework.start();
            bundles.sort(BundleStartOrder.COMPARATOR);
            for (Bundle bundle : bundles) {
                startUnlessFragment(bundle, log);
            }
            return new Instance(framework);
        } catch (BundleException | IOException e) {
            stopQuietly(framework);
            throw new StartupException("the OSGi framework failed to start: " + e.getMessage(), e);
        }
    }

    private static List<Bundle> install(Framework framework, Path bundlesDir) throws IOException, BundleException {
        if (!Files.isDirectory(bundlesDir)) {
            throw new IOException("bundle folder " + bundlesDir + " is missing");
        }
        List<Bundle> bundles = new ArrayList<>();
        try (Stream<Path> jars = Files.list(bundlesDir)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                bundles.add(framework.getBundleContext().installBundle(jar.toUri().toString()));
            }
        }
        return bundles;
    }

    private static void startUnlessFragment(Bundle bundle, PrintStream log) {
        if (bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null) {
            return;
        }
        try {
            bundle.start();
        } catch (BundleException | RuntimeException e) {
            log.println("flowmason: bundle " + bundle.getSymbolicName() + " " + bundle.getVersion()
                    + " did not start: " + e.getMessage());
        }
    }

    public Framework framework() {
        return framework;
    }

    /** Stops every bundle and the framework, waiting up to {@code timeoutMillis}. */
    public boolean stop(long timeoutMillis) throws InterruptedException {
        try {
            framework.stop();
        } catch (BundleException e) {
            return false;
        }
        return framework.waitForStop(timeoutMillis).getType() != FrameworkEvent.WAIT_TIMEDOUT;
    }

    /** Blocks until the framework stops, whoever stopped it. */
    public void awaitStop() throws InterruptedException {
        framework.waitForStop(0);
    }

    private static void stopQuietly(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException | InterruptedException | RuntimeException ignored) {
            // already failing: the original cause is what gets reported
        }
    }
}
