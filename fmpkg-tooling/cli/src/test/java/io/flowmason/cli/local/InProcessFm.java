package io.flowmason.cli.local;

import io.flowmason.cli.Fm;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs fm's real command tree in the test's JVM, capturing what it prints. */
final class InProcessFm {

    record Result(int exitCode, String out, String err) {

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private InProcessFm() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine fm = Fm.commandLine();
        fm.setOut(new PrintWriter(out, true));
        fm.setErr(new PrintWriter(err, true));
        int exitCode = fm.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }
}
