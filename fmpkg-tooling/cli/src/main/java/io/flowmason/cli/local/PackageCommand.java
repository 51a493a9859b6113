package io.flowmason.cli.local;

import io.flowmason.cli.CliFailure;
import io.flowmason.cli.ExitCodes;
import io.flowmason.fmpkg.checks.PackageFacts;
import io.flowmason.fmpkg.checks.PackageRefused;
import io.flowmason.fmpkg.checks.UploadChecks;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fm package}: the project's .fmpkg, built by javac and bnd in process. */
@Command(name = "package", mixinStandardHelpOptions = true,
        description = {
            "Builds a package project's .fmpkg, without Maven.",
            "%nAs the bnd command line does, in process: javac compiles src/main/java against the FlowMason API with"
                    + " the FlowMason processor on the processor path, then bnd builds the bundle from the classes (and"
                    + " src/main/resources) and the project's bnd.bnd, which includes fmpkg.bnd. Jars in the project's lib/"
                    + " folder join the class path, for bnd's -conditionalpackage. Writes target/<name>-<version>.fmpkg and"
                    + " prints its name, version, components and size.",
            "%nProjects whose dependencies come from Maven repositories build with 'mvn package' (fm init's pom writes"
                    + " the same file)."})
public final class PackageCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "<dir>", defaultValue = ".",
            description = "The project folder (default: the current one).")
    Path project;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path file = PackageBuilder.build(project, spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        try {
            PackageFacts facts = new UploadChecks(UploadChecks.MAX_PACKAGE_BYTES).check(file, true);
            out.println("Built " + PackageBuilder.shown(file) + ":");
            PackageReport.describe(out, facts);
            out.flush();
            return ExitCodes.OK;
        } catch (PackageRefused refused) {
            out.println("Built " + PackageBuilder.shown(file) + ", which an instance refuses: " + refused.getMessage());
            PackageReport.problems(out, refused.problems());
            out.flush();
            throw new CliFailure(ExitCodes.FAILED, PackageBuilder.shown(file) + " is not a valid package; fix the project and"
                    + " build it again");
        }
    }
}
