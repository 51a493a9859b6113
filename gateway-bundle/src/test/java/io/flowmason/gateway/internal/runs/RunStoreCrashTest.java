package io.flowmason.gateway.internal.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.gateway.internal.store.Database;
import io.flowmason.gateway.internal.store.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: a process that saves runs into an H2 file is killed with SIGKILL while saving; every
 * run whose save it had seen acknowledged is in the file afterwards.
 */
class RunStoreCrashTest {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 300;

    /** The process that gets killed: saves runs from 4 threads, prints each run id once its save is acknowledged. */
    public static void main(String[] args) throws Exception {
        Database database = TestDatabases.open("jdbc:h2:file:" + args[0]);
        RunStore store = new RunStore(database);
        for (int t = 0; t < 4; t++) {
            int thread = t;
            new Thread(() -> {
                for (int i = 0; ; i++) {
                    String runId = "run_" + thread + "_" + i;
                    store.save(new RunRecord(runId, "p", "1.0.0", RunRecord.QUEUED, "{\"n\":" + i + "}", null, null, null,
                            null, null, null, Instant.now(), null, null)).join();
                    synchronized (System.out) {
                        System.out.println("saved " + runId);
                        System.out.flush();
                    }
                }
            }).start();
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    @Test
    void everyAcknowledgedRunSurvivesKillMinus9(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("flowmason");
        Path acknowledgements = dir.resolve("saved.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RunStoreCrashTest.class.getName(), file.toString())
                .redirectOutput(acknowledgements.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged(acknowledgements).size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
                assertThat(process.isAlive()).as("the saving process is running").isTrue();
                Thread.sleep(20);
            }
        } finally {
            process.destroyForcibly();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        List<String> acknowledged = acknowledged(acknowledgements);

        Database reopened = TestDatabases.open("jdbc:h2:file:" + file);
        try {
            RunStore store = new RunStore(reopened);
            List<String> missing = new ArrayList<>();
            for (String runId : acknowledged) {
                if (store.find(runId).isEmpty()) {
                    missing.add(runId);
                }
            }
            store.stop();
            assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
            assertThat(missing).as("acknowledged runs lost by kill -9").isEmpty();
        } finally {
            TestDatabases.close(reopened);
        }
    }

    /** The run ids on complete lines (the line being written when the process died may be cut short). */
    private static List<String> acknowledged(Path file) throws java.io.IOException {
        String text = Files.readString(file);
        List<String> runIds = new ArrayList<>();
        for (String line : text.substring(0, text.lastIndexOf('\n') + 1).split("\n")) {
            if (line.startsWith("saved ")) {
                runIds.add(line.substring(6));
            }
        }
        return runIds;
    }
}
