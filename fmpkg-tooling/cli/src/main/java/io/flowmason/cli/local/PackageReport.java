package io.flowmason.cli.local;

import io.flowmason.fmpkg.checks.PackageFacts;
import io.flowmason.fmpkg.checks.Problem;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How fm prints a package and its problems. */
final class PackageReport {

    private PackageReport() {
    }

    /** {@code acme-corp/text-tools 1.0.0}, its components and its size. */
    static void describe(PrintWriter out, PackageFacts facts) {
        out.println("  package     " + facts.packageName() + " " + facts.version() + " (bundle " + facts.bundleSymbolicName() + ")");
        out.println("  components  " + facts.components().stream().map(c -> c.type() + " (" + c.kind() + ")")
                .collect(Collectors.joining(", ")));
        out.println("  size        " + size(facts.size()));
    }

    /** Each problem, numbered, with its fix under it. */
    static void problems(PrintWriter out, List<Problem> problems) {
        for (int i = 0; i < problems.size(); i++) {
            out.println("  " + (i + 1) + ". " + problems.get(i).detail());
            out.println("     fix: " + problems.get(i).fix());
        }
    }

    static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        return String.format(Locale.ROOT, "%.1f KB (%d bytes)", bytes / 1024.0, bytes);
    }
}
