package io.flowmason.cli.local;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Processor;
import io.flowmason.fmpkg.checks.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/**
 * Whether a package's imports resolve on an instance of this FlowMason: the FlowMason API packages
 * against the API fm ships (the instance runs the same), the others against what the framework
 * and the runtime bundles export, when fm knows them.
 */
final class ImportChecks {

    static final String API_PREFIX = "io.flowmason.api.";

    /** The problems, and the imports nothing told fm about. */
    record Result(List<Problem> problems, List<String> unchecked) {
    }

    private ImportChecks() {
    }

    /**
     * @param importHeader the package's Import-Package header, or null
     * @param api          the FlowMason API's packages and versions
     * @param runtime      what the framework and the runtime bundles export, when known
     */
    static Result check(String importHeader, Map<String, Version> api, Optional<RuntimeExports> runtime) {
        List<Problem> problems = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        if (importHeader == null) {
            return new Result(problems, unchecked);
        }
        for (Map.Entry<String, Attrs> entry : new Parameters(importHeader).entrySet()) {
            String pkg = Processor.removeDuplicateMarker(entry.getKey());
            String range = entry.getValue().get("version");
            boolean optional = "optional".equals(entry.getValue().get("resolution:"));
            if (pkg.startsWith(API_PREFIX)) {
                checkApi(pkg, range, api, problems);
            } else if (runtime.isEmpty()) {
                unchecked.add(pkg);
            } else if (!optional && !runtime.get().satisfies(pkg, range)) {
                problems.add(new Problem("it imports " + pkg + (range == null ? "" : " " + range) + ", which neither the framework"
                        + " nor a runtime bundle of this FlowMason exports" + runtime.get().versionsOf(pkg),
                        "embed the library in the package (bnd: -conditionalpackage: " + pkg + "), deploy a bundle that exports it"
                                + " beside the package, or import it with resolution:=optional"));
            }
        }
        return new Result(problems, unchecked);
    }

    private static void checkApi(String pkg, String range, Map<String, Version> api, List<Problem> problems) {
        Version shipped = api.get(pkg);
        if (shipped == null) {
            problems.add(new Problem("it imports " + pkg + ", which the FlowMason API of this FlowMason does not have (it has "
                    + api.keySet().stream().sorted().collect(Collectors.joining(", ")) + ")",
                    "build against the io.flowmason.api jar of this FlowMason's SDK (sdk/ in the distribution)"));
        } else if (range != null && !new VersionRange(range).includes(shipped)) {
            problems.add(new Problem("it imports " + pkg + " " + range + ", but this FlowMason's API has " + pkg + " " + shipped,
                    "build against the io.flowmason.api jar of this FlowMason's SDK (sdk/ in the distribution), or deploy to an"
                            + " instance whose API is in that range"));
        }
    }
}
