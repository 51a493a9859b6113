package io.flowmason.launcher.docs;

import java.util.ArrayList;
import java.util.List;

/** Turns a session's outcomes into the problems the docs test reports, each naming the example's place in the docs. */
public final class ExampleChecks {

    private ExampleChecks() {
    }

    public static List<String> problems(ShellSession.Result result) {
        List<String> problems = new ArrayList<>();
        if (result.timedOut()) {
            problems.add((result.failedIn() == null ? "the session" : result.failedIn().where()) + ": did not finish in time");
        } else if (result.failedIn() != null) {
            ShellSession.Outcome failed = result.outcomes().stream().filter(o -> o.example() == result.failedIn()).findFirst()
                    .orElseThrow();
            problems.add(failed.example().where() + ": a command failed (exit code " + result.exitCode() + ")" + printed(failed));
        }
        for (ShellSession.Outcome outcome : result.outcomes()) {
            if (outcome.reached() && outcome.example() != result.failedIn()) {
                problems.addAll(problems(outcome));
            }
        }
        long notReached = result.outcomes().stream().filter(o -> !o.reached()).count();
        if (notReached > 0) {
            problems.add(notReached + " later example(s) did not run");
        }
        return problems;
    }

    /** What is wrong with one example that ran to its end: the status of its curl calls, and what it printed. */
    static List<String> problems(ShellSession.Outcome outcome) {
        ShellExample example = outcome.example();
        List<String> problems = new ArrayList<>();
        List<Integer> statuses = outcome.statuses();
        Integer expected = example.expectedStatus();
        if (expected != null && statuses.isEmpty()) {
            problems.add(example.where() + ": says '# expect: " + expected + "' but makes no curl call");
        }
        for (int i = 0; i < statuses.size(); i++) {
            boolean last = i == statuses.size() - 1;
            int status = statuses.get(i);
            if (expected != null && last && status != expected) {
                problems.add(example.where() + ": its last curl answered " + status + ", the docs expect " + expected + printed(outcome));
            } else if ((expected == null || !last) && (status < 200 || status > 299)) {
                problems.add(example.where() + ": curl call " + (i + 1) + " answered " + status
                        + " (mark an example that shows an error with '# expect: " + status + "')" + printed(outcome));
            }
        }
        if (example.response() != null) {
            for (String difference : example.response().differences(outcome.stdout())) {
                problems.add(example.response().where() + ": the documented answer differs: " + difference);
            }
        }
        return problems;
    }

    private static String printed(ShellSession.Outcome outcome) {
        String out = outcome.stdout().strip();
        String err = outcome.stderr().strip();
        return (out.isEmpty() ? "" : "\n  stdout: " + clip(out)) + (err.isEmpty() ? "" : "\n  stderr: " + clip(err));
    }

    private static String clip(String text) {
        return text.length() > 1500 ? text.substring(0, 1500) + "..." : text;
    }
}
