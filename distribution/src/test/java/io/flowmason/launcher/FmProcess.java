package io.flowmason.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code bin/fm} of the assembled distribution, run as its own process the way a person or a script runs it. */
final class FmProcess {

    /** What one {@code fm} command did: its exit code and everything it printed. */
    record Result(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    private FmProcess() {
    }

    /** Runs {@code fm args...} with exactly these FLOWMASON_* variables (inherited ones are dropped), in {@code dir}. */
    static Result run(Path dir, Map<String, String> settings, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(InProcessInstance.distribution().resolve("bin/fm").toString());
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(dir, "fm-out", ".txt");
        Path stderr = Files.createTempFile(dir, "fm-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().keySet().removeIf(name -> name.startsWith("FLOWMASON_"));
        builder.environment().putAll(settings);
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("fm " + String.join(" ", args) + " did not finish within 60 s");
        }
        return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }
}
