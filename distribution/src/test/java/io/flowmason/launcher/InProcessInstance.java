package io.flowmason.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.osgi.framework.BundleContext;

/**
 * The assembled distribution's bundles running in a real Felix framework inside the test JVM,
 * through the same {@link Instance} the launcher uses, with its own data and deploy folders.
 */
final class InProcessInstance implements AutoCloseable {

    static final String OWNER_KEY = "in-process-owner-key-0001";

    private final Instance instance;
    private final int port;
    private final Path deployDir;

    private InProcessInstance(Instance instance, int port, Path deployDir) {
        this.instance = instance;
        this.port = port;
        this.deployDir = deployDir;
    }

    static Path distribution() {
        String dist = System.getProperty("flowmason.dist");
        if (dist == null || !Files.isDirectory(Path.of(dist, Instance.BUNDLES_DIR))) {
            throw new IllegalStateException("system property flowmason.dist must name the assembled distribution"
                    + " (run the integration tests with 'mvn verify')");
        }
        return Path.of(dist);
    }

    static InProcessInstance start(Path work) throws Exception {
        int port = Http.freePort();
        Map<String, String> env = new HashMap<>();
        env.put("FLOWMASON_HTTP_PORT", Integer.toString(port));
        env.put("FLOWMASON_DATA_DIR", work.resolve("data").toString());
        env.put("FLOWMASON_DEPLOY_DIR", work.resolve("deploy").toString());
        env.put("FLOWMASON_ADMIN_KEY", OWNER_KEY);
        LogSetup.configure(distribution());
        Settings settings = SettingsLoader.load(env, distribution());
        Preflight.check(settings);
        Instance instance = Instance.start(settings, OwnerKeyFile.resolve(settings).sha256Hex(), "it", System.out);
        InProcessInstance started = new InProcessInstance(instance, port, settings.deployDir());
        Eventually.await(Duration.ofSeconds(30), "/api/ready answers 200", () -> Http.status(port, "/api/ready") == 200);
        return started;
    }

    BundleContext context() {
        return instance.framework().getBundleContext();
    }

    int port() {
        return port;
    }

    Path deployDir() {
        return deployDir;
    }

    @Override
    public void close() throws InterruptedException {
        instance.stop(30_000);
    }
}
