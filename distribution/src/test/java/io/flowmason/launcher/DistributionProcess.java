package io.flowmason.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code bin/flowmason} of the assembled distribution, run as a separate process. */
final class DistributionProcess implements AutoCloseable {

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private DistributionProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts the instance with exactly these FLOWMASON_* variables (inherited ones are dropped). */
    static DistributionProcess launch(Path work, Map<String, String> settings) throws IOException {
        return launch(InProcessInstance.distribution().resolve("bin/flowmason"), work, settings);
    }

    /** Starts {@code script}, a {@code bin/flowmason}, with exactly these FLOWMASON_* variables; its output goes under {@code work}. */
    static DistributionProcess launch(Path script, Path work, Map<String, String> settings) throws IOException {
        Files.createDirectories(work);
        Path stdout = Files.createTempFile(work, "stdout", ".log");
        Path stderr = Files.createTempFile(work, "stderr", ".log");
        ProcessBuilder builder = new ProcessBuilder(script.toString())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("FLOWMASON_"));
        builder.environment().putAll(settings);
        return new DistributionProcess(builder.start(), stdout, stderr);
    }

    /** Starts an instance with its data and deploy folders under {@code work}, on {@code port}, with this owner key, and waits until it is ready. */
    static DistributionProcess start(Path work, int port, String ownerKey) throws Exception {
        return launch(work, Map.of(
                "FLOWMASON_HTTP_PORT", Integer.toString(port),
                "FLOWMASON_DATA_DIR", work.resolve("data").toString(),
                "FLOWMASON_DEPLOY_DIR", work.resolve("deploy").toString(),
                "FLOWMASON_ADMIN_KEY", ownerKey)).awaitReady(port);
    }

    /**
     * As {@link #start}, with the test package (fixture components such as text_upper, echo_node and
     * the fake provider) in the deploy folder, and waits until its components are listed.
     */
    static DistributionProcess startWithTestPackage(Path work, int port, String ownerKey) throws Exception {
        Files.createDirectories(work.resolve("deploy"));
        Files.copy(Path.of(System.getProperty("test.package")), work.resolve("deploy/it-fixtures-1.0.0.fmpkg"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        DistributionProcess started = start(work, port, ownerKey);
        Api api = new Api(port, ownerKey);
        Eventually.await(Duration.ofSeconds(20), "the test package's components are listed", () -> {
            try {
                return api.get("/api/registry/components/text_upper").status() == 200;
            } catch (Exception e) {
                return false;
            }
        });
        return started;
    }

    /** Waits for {@code /api/ready} to answer 200; fails with the process output if it exits first. */
    DistributionProcess awaitReady(int port) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (Http.status(port, "/api/ready") != 200) {
            if (!process.isAlive()) {
                throw new AssertionError("the instance exited with " + process.exitValue() + " before it was ready:\n"
                        + stdout() + stderr());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the instance was not ready within 60 s:\n" + stdout() + stderr());
            }
            Thread.sleep(100);
        }
        return this;
    }

    /** Waits for the process to exit by itself and answers its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the instance did not exit within " + timeout.toSeconds() + " s");
        }
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    /** Sends SIGTERM and answers the exit code. */
    int terminate() throws InterruptedException {
        process.destroy();
        return awaitExit(Duration.ofSeconds(40));
    }

    /** Kills the process with SIGKILL, as {@code kill -9} does: no shutdown hook, no clean stop. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String stdout() throws IOException {
        return Files.readString(stdout);
    }

    String stderr() throws IOException {
        return Files.readString(stderr);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
