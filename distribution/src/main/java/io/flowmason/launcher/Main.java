package io.flowmason.launcher;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import sun.misc.Signal;

/**
 * {@code bin/flowmason}: starts an instance in the foreground and stops it cleanly on SIGTERM or
 * Ctrl-C (exit 0). When it cannot start it prints one line saying why and exits with 1.
 */
public final class Main {

    static final int EXIT_CANNOT_START = 1;
    private static final long STOP_TIMEOUT_MILLIS = 30_000;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path home = home();
        LogSetup.configure(home);
        PrintStream out = System.out;
        ShutdownLog shutdownLog = ShutdownLog.install(out);
        long startedAt = System.nanoTime();
        Instance instance;
        Settings settings;
        try {
            settings = SettingsLoader.load(System.getenv(), home);
            Preflight.check(settings);
            OwnerKeyFile.Resolved ownerKey = OwnerKeyFile.resolve(settings);
            if (ownerKey.generated()) {
                announceGeneratedKey(out, ownerKey);
            }
            instance = Instance.start(settings, ownerKey.sha256Hex(), version(), out);
        } catch (StartupException e) {
            System.err.println("flowmason: cannot start: " + e.getMessage());
            shutdownLog.alreadySaid();
            System.exit(EXIT_CANNOT_START);
            return;
        }
        stopOnSignal(instance, "TERM", shutdownLog);
        stopOnSignal(instance, "INT", shutdownLog);
        out.printf(Locale.ROOT, "flowmason: FlowMason %s (%s) started in %.1f s on http://%s:%d/ (Web Console at /system/console)%n",
                version(), settings.environment().id(), (System.nanoTime() - startedAt) / 1e9, settings.httpHost(),
                settings.httpPort());
        instance.awaitStop();
        out.println("flowmason: stopped");
        shutdownLog.expect("the OSGi framework was stopped from inside the instance (the Web Console's Shutdown, or code"
                + " stopping the system bundle)");
        System.exit(0);
    }

    private static void stopOnSignal(Instance instance, String signal, ShutdownLog shutdownLog) {
        Signal.handle(new Signal(signal), received -> {
            System.out.println("flowmason: SIG" + signal + " received, stopping");
            shutdownLog.expect("SIG" + signal + " received; the instance was stopped first");
            try {
                if (!instance.stop(STOP_TIMEOUT_MILLIS)) {
                    System.err.println("flowmason: the framework did not stop within " + STOP_TIMEOUT_MILLIS / 1000 + " s;"
                            + " halting the JVM (exit code " + EXIT_CANNOT_START + ")");
                    Runtime.getRuntime().halt(EXIT_CANNOT_START);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static void announceGeneratedKey(PrintStream out, OwnerKeyFile.Resolved ownerKey) {
        out.println("flowmason: ------------------------------------------------------------------");
        out.println("flowmason: No FLOWMASON_ADMIN_KEY was set, so an owner key was generated:");
        out.println("flowmason:   " + ownerKey.key());
        out.println("flowmason: It is shown this once and kept in " + ownerKey.file() + " (mode 0600).");
        out.println("flowmason: Send it as 'X-API-Key: <key>' to every /api/ path but /api/health and /api/ready.");
        out.println("flowmason: ------------------------------------------------------------------");
    }

    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    private static Path home() {
        String configured = System.getProperty("flowmason.home");
        if (configured != null) {
            return Path.of(configured);
        }
        try {
            // lib/flowmason-launcher.jar -> the distribution's root
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent().getParent();
        } catch (URISyntaxException e) {
            return Path.of(".");
        }
    }
}
