package io.flowmason.cli.local;

import io.flowmason.cli.CliFailure;
import io.flowmason.cli.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fm init}: a new package project that builds, tests and packages as it is. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {
            "Creates a component package project that builds, tests and packages as it is.",
            "%nIn a new folder: pom.xml (a self-contained Maven build with bnd and the FlowMason processor), bnd.bnd"
                    + " (the package's name and version), the SDK's fmpkg.bnd, one operator with its unit test and a"
                    + " contract test of its generated descriptor, and the example input fm test runs"
                    + " (src/test/resources/fm-examples/<type>.json). Build it with 'fm package' (no Maven needed) or"
                    + " 'mvn package'."})
public final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<name>",
            description = "The package name: acme-corp/text-tools, @acme/text-tools or text-tools.")
    String name;

    @Option(names = "--dir", paramLabel = "<folder>", description = "Where to create the project (default: ./<name without scope>).")
    Path dir;

    @Option(names = "--java-package", paramLabel = "<package>",
            description = "The Java package of the component (default: from the name, such as com.acmecorp.texttools).")
    String javaPackage;

    @Option(names = "--type", paramLabel = "<type>",
            description = "The first component's type, in snake_case (default: from the name, such as text_tools).")
    String type;

    @Option(names = "--package-version", paramLabel = "<version>", defaultValue = "1.0.0",
            description = "The package's first version (default: ${DEFAULT-VALUE}).")
    String version;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        NewProject project = NewProject.of(name, javaPackage, type, version);
        Path target = (dir != null ? dir : Path.of(project.baseName())).toAbsolutePath().normalize();
        refuseNonEmpty(target);
        List<Path> files = ProjectTemplate.write(project, target);

        PrintWriter out = spec.commandLine().getOut();
        out.printf("Created %s %s in %s: operator %s (%s.%s)%n", project.packageName(), project.version(), target, project.type(),
                project.javaPackage(), project.className());
        files.forEach(file -> out.println("  " + file));
        out.println("Next, in that folder:");
        out.println("  fm package      (or mvn package)   builds target/" + project.baseName() + "-" + project.version() + ".fmpkg");
        out.println("  fm test                            runs " + project.type() + " on its example input");
        out.flush();
        return ExitCodes.OK;
    }

    private static void refuseNonEmpty(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        boolean empty = false;
        if (Files.isDirectory(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                empty = entries.findAny().isEmpty();
            }
        }
        if (!empty) {
            throw new CliFailure(ExitCodes.FAILED, target + " already exists and is not empty: choose another folder with --dir,"
                    + " or remove it");
        }
    }
}
