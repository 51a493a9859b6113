package io.flowmason.launcher.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules a tested document keeps so that its examples can run as they are: its first example that
 * runs sets up the reader's shell ({@code export FLOWMASON_URL=http://localhost:8080 FLOWMASON_API_KEY=...}),
 * whose URL the test replaces with its instance's; few examples are {@code norun}; and no example uses
 * curl's {@code --write-out}, which the test needs for the statuses.
 */
public final class DocConvention {

    /** The base URL the docs use; the test puts its instance's in its place. */
    public static final String DOCUMENTED_URL = "http://localhost:8080";
    private static final Pattern WRITE_OUT = Pattern.compile("(^|\\s)(-w|--write-out)(\\s|=)");

    private DocConvention() {
    }

    public static List<String> problems(String file, List<ShellExample> examples, int maxNotRun) {
        List<String> problems = new ArrayList<>();
        if (examples.isEmpty()) {
            return List.of(file + ": has no sh example");
        }
        ShellExample first = examples.stream().filter(ShellExample::run).findFirst().orElse(examples.get(0));
        if (!first.run() || !first.script().contains("export FLOWMASON_URL=" + DOCUMENTED_URL)
                || !first.script().contains("FLOWMASON_API_KEY=")) {
            problems.add(first.where() + ": the first example that runs must export FLOWMASON_URL=" + DOCUMENTED_URL
                    + " and FLOWMASON_API_KEY");
        }
        List<String> notRun = examples.stream().filter(e -> !e.run()).map(ShellExample::where).toList();
        if (notRun.size() > maxNotRun) {
            problems.add(file + ": " + notRun.size() + " examples are 'sh norun' (" + String.join(", ", notRun) + "); at most "
                    + maxNotRun + " may be: make the others run");
        }
        for (ShellExample example : examples) {
            if (example.run() && WRITE_OUT.matcher(example.script()).find()) {
                problems.add(example.where() + ": uses curl --write-out, which the docs test needs itself; show headers with -i");
            }
            if (!example.run() && example.response() != null) {
                problems.add(example.response().where() + ": documents the answer of an example that does not run");
            }
        }
        return problems;
    }
}
