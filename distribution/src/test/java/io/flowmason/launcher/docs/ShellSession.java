package io.flowmason.launcher.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the examples of one document in order in one bash session, as a reader pasting them into one
 * terminal would: variables set by one example are there for the next. Each example's stdout and
 * stderr are kept apart, and so is the HTTP status of every {@code curl} it makes (a shell function
 * adds {@code --write-out} to curl, writing the status to stderr, where the output is untouched).
 * The session stops at the first command that fails ({@code set -e}).
 */
public final class ShellSession {

    /** What one example did: whether it was reached, what it printed, and the status of each curl call. */
    public record Outcome(ShellExample example, boolean reached, String stdout, String stderr, List<Integer> statuses) {
    }

    /** The outcomes in order, the session's exit code, and the example it stopped in when it failed (or null). */
    public record Result(List<Outcome> outcomes, int exitCode, boolean timedOut, ShellExample failedIn) {
    }

    static final String STATUS_MARK = "@@flowmason-docs-status ";
    private static final Pattern STATUS_LINE = Pattern.compile("(?m)^" + Pattern.quote(STATUS_MARK) + "(\\d{3})\\n?");

    private ShellSession() {
    }

    /**
     * @param examples      the examples to run, in order
     * @param workDir       the session's working directory
     * @param substitutions literal text replaced in every example before it runs (the documented base URL by the real one)
     * @param scratch       an empty directory for the script and the captured output
     */
    public static Result run(List<ShellExample> examples, Path workDir, Map<String, String> substitutions, Path scratch,
            Duration timeout) throws IOException, InterruptedException {
        Path script = scratch.resolve("session.sh");
        Files.writeString(script, script(examples, substitutions, scratch), StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString()).directory(workDir.toFile())
                .redirectOutput(scratch.resolve("session.out").toFile()).redirectError(scratch.resolve("session.err").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("FLOWMASON_"));
        Process bash = builder.start();
        boolean finished = bash.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            bash.descendants().forEach(ProcessHandle::destroyForcibly);
            bash.destroyForcibly();
            bash.waitFor(10, TimeUnit.SECONDS);
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            outcomes.add(outcome(examples.get(i), scratch, i));
        }
        int exitCode = finished ? bash.exitValue() : -1;
        ShellExample failedIn = null;
        Path current = scratch.resolve("current");
        if ((exitCode != 0 || !finished) && Files.exists(current)) {
            failedIn = examples.get(Integer.parseInt(Files.readString(current).trim()));
        }
        return new Result(outcomes, exitCode, !finished, failedIn);
    }

    static String script(List<ShellExample> examples, Map<String, String> substitutions, Path scratch) {
        StringBuilder script = new StringBuilder("set -eo pipefail\nshopt -s inherit_errexit\n")
                .append("curl() { command curl --write-out '%{stderr}\\n").append(STATUS_MARK).append("%{http_code}\\n' \"$@\"; }\n");
        for (int i = 0; i < examples.size(); i++) {
            String text = examples.get(i).script();
            for (Map.Entry<String, String> substitution : substitutions.entrySet()) {
                text = text.replace(substitution.getKey(), substitution.getValue());
            }
            String out = quoted(scratch.resolve(i + ".out"));
            String err = quoted(scratch.resolve(i + ".err"));
            script.append("\n# ").append(examples.get(i).where()).append('\n')
                    .append("echo ").append(i).append(" > ").append(quoted(scratch.resolve("current"))).append('\n')
                    .append("{\n").append(text).append(text.endsWith("\n") ? "" : "\n")
                    .append("} > ").append(out).append(" 2> ").append(err).append('\n');
        }
        return script.append("rm -f ").append(quoted(scratch.resolve("current"))).append('\n').toString();
    }

    private static Outcome outcome(ShellExample example, Path scratch, int index) throws IOException {
        Path out = scratch.resolve(index + ".out");
        if (!Files.exists(out)) {
            return new Outcome(example, false, "", "", List.of());
        }
        String stderr = Files.readString(scratch.resolve(index + ".err"), StandardCharsets.UTF_8);
        List<Integer> statuses = new ArrayList<>();
        Matcher status = STATUS_LINE.matcher(stderr);
        while (status.find()) {
            statuses.add(Integer.valueOf(status.group(1)));
        }
        return new Outcome(example, true, Files.readString(out, StandardCharsets.UTF_8),
                STATUS_LINE.matcher(stderr).replaceAll("").strip(), statuses);
    }

    private static String quoted(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "'\\''") + "'";
    }
}
