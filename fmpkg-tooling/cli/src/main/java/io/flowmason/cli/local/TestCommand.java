package io.flowmason.cli.local;

import io.flowmason.api.component.ComponentNamespace;
import io.flowmason.cli.CliFailure;
import io.flowmason.cli.ExitCodes;
import io.flowmason.fmpkg.checks.ComponentDescriptors;
import io.flowmason.fmpkg.checks.DescribedComponent;
import io.flowmason.fmpkg.checks.PackageRefused;
import io.flowmason.fmpkg.checks.UploadChecks;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fm test}: the package's components, run as the instance runs them, on example inputs. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {
            "Runs a package's components on example inputs, as an instance runs them.",
            "%nThe distribution's runtime starts inside fm without its HTTP side, with the mock provider package; each"
                    + " run is a one-stage pipeline through the executor's universal path (schemas checked, input mapped"
                    + " and validated, nodes on provider 'mock', output validated). Prints each run's input, output, usage"
                    + " and time; exits 1 when a component does not register or a run fails. A folder is built first, as"
                    + " fm package builds it.",
            "%nExample inputs: <examples>/<type>.json holds one input object or an array of them. <examples> is"
                    + " --examples, else the project's src/test/resources/fm-examples (the project is <dir>, or for a"
                    + " file in <project>/target/, that project). A component without a file runs on one input made of"
                    + " its input schema's examples and defaults, when every required field has one."})
public final class TestCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "<file.fmpkg|dir>", defaultValue = ".",
            description = "The package file, or a project folder to build and test (default: the current folder).")
    Path target;

    @Option(names = "--examples", paramLabel = "<folder>", description = "Where the <type>.json example inputs are.")
    Path examples;

    @Option(names = "--timeout", paramLabel = "<ms>", defaultValue = "30000",
            description = "Each run's stage timeout in milliseconds (default: ${DEFAULT-VALUE}).")
    long timeoutMillis;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Distribution distribution = Distribution.require("fm test");
        PrintWriter out = spec.commandLine().getOut();
        Path file = Files.isDirectory(target) ? PackageBuilder.build(target, spec.commandLine().getErr()) : target;
        List<DescribedComponent> components = components(file);
        Map<String, List<Map<String, Object>>> inputs = ExampleInputs.of(components, examplesFolder(file));

        long started = System.nanoTime();
        try (EmbeddedRuntime runtime = EmbeddedRuntime.start(distribution)) {
            Bundle bundle = runtime.install(file);
            String startError = start(bundle);
            out.printf("Testing %s in the FlowMason runtime of %s (started in %d ms)%n", PackageBuilder.shown(file),
                    distribution.home(), (System.nanoTime() - started) / 1_000_000);
            if (startError != null && bundle.getState() != Bundle.INSTALLED) {
                // an unresolved package's components say why in their load errors; a start failure after resolving is this
                out.println("  the package did not start: " + startError);
            }
            Map<String, Object> report = runtime.runner().apply(Map.of("bundle_id", bundle.getBundleId(), "examples", inputs,
                    "timeout_ms", timeoutMillis));
            TestOutcome outcome = TestOutcome.print(out, report);
            out.flush();
            if (!outcome.passed()) {
                throw new CliFailure(ExitCodes.FAILED, outcome.summary());
            }
            out.println(outcome.summary());
            out.flush();
            return ExitCodes.OK;
        } catch (BundleException e) {
            throw new CliFailure(ExitCodes.FAILED, "the framework refused " + PackageBuilder.shown(file) + ": " + e.getMessage()
                    + "; run fm validate on it");
        }
    }

    private static String start(Bundle bundle) {
        try {
            bundle.start();
            return null;
        } catch (BundleException e) {
            return e.getMessage();
        }
    }

    /** The package's components as the registry reads them; a file that is no package stops here. */
    private static List<DescribedComponent> components(Path file) throws IOException {
        try {
            new UploadChecks(UploadChecks.MAX_PACKAGE_BYTES).check(file, true);
        } catch (PackageRefused refused) {
            throw new CliFailure(ExitCodes.FAILED, refused.getMessage() + " Run fm validate on it for every problem and its fix.");
        }
        try (JarFile jar = new JarFile(file.toFile())) {
            ZipEntry descriptor = jar.getEntry(ComponentNamespace.DESCRIPTOR_PATH);
            try (InputStream in = jar.getInputStream(descriptor)) {
                return ComponentDescriptors.read(in);
            }
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.FAILED, "the instance cannot read the components of " + PackageBuilder.shown(file) + ": "
                    + e.getMessage());
        }
    }

    private Path examplesFolder(Path file) {
        if (examples != null) {
            return examples;
        }
        Path project = Files.isDirectory(target) ? target : projectOf(file);
        return project == null ? null : project.resolve(ExampleInputs.PROJECT_FOLDER);
    }

    /** {@code <project>} for a file in {@code <project>/target/}, else the current folder. */
    private static Path projectOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("target")) {
            return parent.getParent();
        }
        return Path.of("");
    }
}
