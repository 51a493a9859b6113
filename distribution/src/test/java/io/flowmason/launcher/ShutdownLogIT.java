package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.launcher.fixture.ExitingComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/flowmason as a process: whatever ends the JVM, its log says why. */
class ShutdownLogIT {

    private static final String KEY = "shutdown-log-owner-key-0001";

    @TempDir
    Path work;

    @Test
    void sigtermSaysTheInstanceWasStoppedFirst() throws Exception {
        try (DistributionProcess instance = DistributionProcess.start(work, Http.freePort(), KEY)) {
            int exit = instance.terminate();

            assertThat(exit).as(instance.stdout()).isZero();
            assertThat(instance.stdout()).contains("flowmason: SIGTERM received, stopping", "flowmason: stopped",
                    "flowmason: the JVM is shutting down: SIGTERM received; the instance was stopped first");
        }
    }

    @Test
    void sighupSaysTheSignalTheJvmHandledItself() throws Exception {
        try (DistributionProcess instance = DistributionProcess.start(work, Http.freePort(), KEY)) {
            Process kill = new ProcessBuilder("kill", "-HUP", Long.toString(instance.pid())).inheritIO().start();
            assertThat(kill.waitFor()).isZero();

            int exit = instance.awaitExit(Duration.ofSeconds(40));

            assertThat(exit).as(instance.stdout()).isEqualTo(129);
            assertThat(instance.stdout()).contains("flowmason: the JVM is shutting down: SIGHUP received (the JVM's own handling:"
                    + " no clean stop of the instance)");
        }
    }

    @Test
    void anExitFromCodeNamesTheCallingClassAndMethod() throws Exception {
        int port = Http.freePort();
        try (DistributionProcess instance = DistributionProcess.start(work, port, KEY)) {
            Path bundle = exitingBundle(work.resolve("exiting-1.0.0.jar"));
            Files.move(bundle, work.resolve("deploy/exiting-1.0.0.jar"), StandardCopyOption.ATOMIC_MOVE);

            int exit = instance.awaitExit(Duration.ofSeconds(60));

            assertThat(exit).as(instance.stdout()).isEqualTo(5);
            assertThat(instance.stdout()).containsPattern("flowmason: the JVM is shutting down: System.exit called by "
                    + "io\\.flowmason\\.launcher\\.fixture\\.ExitingComponent\\.activate \\(ExitingComponent\\.java:\\d+\\) on thread ");
        }
    }

    /** A plain bundle (not a package, so not rewritten) whose immediate component calls System.exit(5) when it activates. */
    private static Path exitingBundle(Path target) throws Exception {
        Manifest manifest = TestBundles.componentManifest("it.exiting", "1.0.0", "OSGI-INF/exiting.xml");
        String className = ExitingComponent.class.getName();
        String component = """
                <?xml version="1.0" encoding="UTF-8"?>
                <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="it.exiting" activate="activate" immediate="true">
                  <implementation class="%s"/>
                </scr:component>
                """.formatted(className);
        return TestBundles.componentBundle(target, manifest, "OSGI-INF/exiting.xml", component, ExitingComponent.class);
    }
}
