package io.flowmason.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A command run to its end in a folder, as a developer runs it in a shell: bin/fm, javac, bnd, mvn. */
record CommandRun(int exitCode, String out, String err) {

    /** The assembled distribution's {@code bin/fm} with these arguments. */
    static CommandRun fm(Path folder, String... args) throws IOException, InterruptedException {
        return run(folder, Duration.ofMinutes(2), fmCommand(args), environment -> { });
    }

    /**
     * {@code bin/fm} with exactly these FLOWMASON_* variables (inherited ones are dropped), as a
     * script on another machine would run it.
     */
    static CommandRun fm(Path folder, Map<String, String> settings, String... args) throws IOException, InterruptedException {
        return run(folder, Duration.ofSeconds(60), fmCommand(args), environment -> {
            environment.keySet().removeIf(name -> name.startsWith("FLOWMASON_"));
            environment.putAll(settings);
        });
    }

    static CommandRun run(Path folder, Duration timeout, List<String> command) throws IOException, InterruptedException {
        return run(folder, timeout, command, environment -> { });
    }

    private static List<String> fmCommand(String... args) {
        List<String> command = new ArrayList<>();
        command.add(InProcessInstance.distribution().resolve("bin/fm").toString());
        command.addAll(List.of(args));
        return command;
    }

    /** Runs the command with nothing on its standard input, so that one reading it sees the end at once. */
    private static CommandRun run(Path folder, Duration timeout, List<String> command, Consumer<Map<String, String>> environment)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("command", ".out");
        Path err = Files.createTempFile("command", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            environment.accept(builder.environment());
            Process process = builder.start();
            process.getOutputStream().close();
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
