package io.flowmason.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A command run to its end in a folder, as a developer runs it in a shell: bin/fm, javac, bnd, mvn. */
record CommandRun(int exitCode, String out, String err) {

    /** The assembled distribution's {@code bin/fm} with these arguments. */
    static CommandRun fm(Path folder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(InProcessInstance.distribution().resolve("bin/fm").toString());
        command.addAll(List.of(args));
        return run(folder, Duration.ofMinutes(2), command);
    }

    static CommandRun run(Path folder, Duration timeout, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("command", ".out");
        Path err = Files.createTempFile("command", ".err");
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not end within " + timeout.toSeconds() + " s:\n" + Files.readString(out)
                        + Files.readString(err));
            }
            return new CommandRun(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
