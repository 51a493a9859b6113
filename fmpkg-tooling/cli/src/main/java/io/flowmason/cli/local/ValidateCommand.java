package io.flowmason.cli.local;

import io.flowmason.cli.CliFailure;
import io.flowmason.cli.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fm validate}: everything an instance checks, before the package gets there. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {
            "Checks a package file as an instance would, with the fix for each problem.",
            "%nThe checks of an upload, by the instance's own code: a bundle manifest, the FlowMason-Package header,"
                    + " Bundle-Version, no exports, the component descriptor, the 50 MB limit. Then what decides whether"
                    + " its components run: the bundle named as fmpkg.bnd names it, a descriptor the registry reads, with"
                    + " object schemas, a Declarative Services component of the right interface and type for each"
                    + " component, and imports that resolve: io.flowmason.api against the API this fm ships, the others"
                    + " against the runtime bundles of its distribution (bin/fm sets flowmason.home), else listed as"
                    + " unchecked. Exits 1 when there is any problem. Calls to System.exit, Runtime.exit or Runtime.halt are"
                    + " listed as warnings: the instance turns them into failed stages, so they do not fail the check."})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<file.fmpkg>", description = "The package file.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PackageValidation validation = PackageValidation.of(file);
        PrintWriter out = spec.commandLine().getOut();
        String name = PackageBuilder.shown(file);
        if (!validation.ok()) {
            out.println(name + ": " + PackageReport.count(validation.problems().size(), "problem"));
            PackageReport.problems(out, validation.problems());
            warnings(out, validation);
            out.flush();
            throw new CliFailure(ExitCodes.FAILED, name + " is not a valid package ("
                    + PackageReport.count(validation.problems().size(), "problem") + ")");
        }
        out.println(name + " passes every check:");
        PackageReport.describe(out, validation.facts());
        out.println("  imports     io.flowmason.api checked against FlowMason API " + validation.apiVersion() + validation.runtime()
                .map(r -> "; the others against the " + r.bundleCount() + " runtime bundles of " + Distribution.find().orElseThrow()
                        .home()).orElse(""));
        if (!validation.unchecked().isEmpty()) {
            out.println("  unchecked   " + String.join(", ", validation.unchecked()) + " (run the fm of a FlowMason distribution"
                    + " to check them against its runtime bundles)");
        }
        warnings(out, validation);
        out.flush();
        return ExitCodes.OK;
    }

    /** What the instance accepts but warns about (a call to System.exit, for one): printed, never a failure. */
    private static void warnings(PrintWriter out, PackageValidation validation) {
        if (validation.facts() == null || validation.facts().warnings().isEmpty()) {
            return;
        }
        out.println("  " + PackageReport.count(validation.facts().warnings().size(), "warning")
                + " (the instance accepts the package and warns the same way):");
        PackageReport.problems(out, validation.facts().warnings());
    }
}
