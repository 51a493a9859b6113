package io.flowmason.launcher;

import static io.flowmason.launcher.CommandRun.fm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Consumer;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/fm init, package, validate and test as a component developer runs them, ending with the
 * package uploaded to a started instance and listed in its registry; the SDK path (javac and the bnd
 * command line with sdk/ alone); and validate's account of broken packages.
 */
class FmLocalIT {

    private static final String KEY = "fm-local-it-owner-key-0001";

    @TempDir
    static Path work;

    private static DistributionProcess instance;
    private static int port;
    private static Api api;

    @BeforeAll
    static void startInstance() throws Exception {
        port = Http.freePort();
        instance = DistributionProcess.start(work.resolve("instance"), port, KEY);
        api = new Api(port, KEY);
    }

    @AfterAll
    static void stopInstance() {
        instance.close();
    }

    @Test
    void aNewProjectIsPackagedValidatedTestedAndInstalls() throws Exception {
        CommandRun init = fm(work, "init", "acme-corp/text-tools");
        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(init.out()).contains("Created acme-corp/text-tools 1.0.0", "operator text_tools (com.acmecorp.texttools.TextTools)");
        Path project = work.resolve("text-tools");

        CommandRun packaged = fm(project, "package");
        assertThat(packaged.exitCode()).as(packaged.toString()).isZero();
        assertThat(packaged.out()).contains("Built target/text-tools-1.0.0.fmpkg", "package     acme-corp/text-tools 1.0.0",
                "components  text_tools (operator)", "size        ");
        Path file = project.resolve("target/text-tools-1.0.0.fmpkg");
        assertThat(file).isRegularFile();

        CommandRun validated = fm(project, "validate", "target/text-tools-1.0.0.fmpkg");
        assertThat(validated.exitCode()).as(validated.toString()).isZero();
        assertThat(validated.out()).contains("target/text-tools-1.0.0.fmpkg passes every check",
                "the others against the", "runtime bundles of " + InProcessInstance.distribution().toRealPath());

        CommandRun tested = fm(project, "test");
        assertThat(tested.exitCode()).as(tested.toString()).isZero();
        assertThat(tested.out()).contains("text_tools (operator) 1.0.0", "run 1  completed in ",
                "input   {\"text\":\"FlowMason runs this component on this input when you call fm test\",\"min_length\":4}",
                "output  {\"words\":9,\"characters\":65}", "1 of 1 run completed");

        assertThat(Http.upload(port, "/api/packages/upload", file, KEY).statusCode()).isEqualTo(201);
        JsonNode listed = component("text_tools");
        assertThat(listed.path("package_name").asText()).isEqualTo("acme-corp/text-tools");
        assertThat(listed.path("version").asText()).isEqualTo("1.0.0");
        assertThat(listed.path("is_available").asBoolean()).as(listed.toString()).isTrue();
    }

    @Test
    void testRunsANodeOnTheMockProviderAndFailsWhenARunFails() throws Exception {
        Path classifier = InProcessInstance.distribution().resolve("examples/support-classifier-1.0.0.fmpkg");
        Path examples = Files.createDirectories(work.resolve("examples"));
        Files.writeString(examples.resolve("support_classifier.json"), "[{\"ticket_text\": \"I was charged twice\"}, {}]");

        CommandRun tested = fm(work, "test", "--examples", examples.toString(), classifier.toString());

        assertThat(tested.exitCode()).as(tested.toString()).isEqualTo(1);
        assertThat(tested.out()).contains("support_classifier (node) 1.0.0", "run 1  completed in ", "\"assigned_team\":",
                "run 2  FAILED invalid_input: the example does not match the input schema");
        assertThat(tested.out()).containsPattern("usage [1-9][0-9]* input \\+ [1-9][0-9]* output tokens");
        assertThat(tested.err()).contains("fm: 1 of 2 runs completed");
    }

    @Test
    void theSdkAloneBuildsAPackageWithJavacAndTheBndCommandLine() throws Exception {
        Path sdk = InProcessInstance.distribution().resolve("sdk");
        try (Stream<Path> files = Files.list(sdk)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("README.md", "fmpkg.bnd",
                    "io.flowmason.api.jar", "io.flowmason.fmpkg.processor.jar", "org.osgi.service.component.annotations.jar",
                    "osgi.annotation.jar");
        }
        Path build = Files.createDirectories(work.resolve("sdk-build"));
        Path sources = Path.of(System.getProperty("flowmason.source"), "fmpkg-tooling/sample-package/src/main/java");
        Files.copy(sdk.resolve("fmpkg.bnd"), build.resolve("fmpkg.bnd"));
        Files.writeString(build.resolve("greeter.bnd"), "-include: ${.}/fmpkg.bnd\nBundle-Version: 3.0.0\nFlowMason-Package: samples/greeter\n");

        List<String> javac = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin/javac").toString(), "--release", "17",
                "-d", "classes", "-cp", String.join(":", sdk.resolve("io.flowmason.api.jar").toString(),
                        sdk.resolve("org.osgi.service.component.annotations.jar").toString(), sdk.resolve("osgi.annotation.jar").toString()),
                "-processorpath", sdk.resolve("io.flowmason.fmpkg.processor.jar").toString()));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> javac.add(f.toString()));
        }
        assertSucceeds(CommandRun.run(build, Duration.ofMinutes(1), javac));
        assertSucceeds(CommandRun.run(build, Duration.ofMinutes(1), List.of(Path.of(System.getProperty("java.home"), "bin/java").toString(),
                "-jar", System.getProperty("bnd.cli.jar"), "buildx", "-c", "classes", "-c", sdk.resolve("io.flowmason.api.jar").toString(),
                "-o", "greeter-3.0.0.fmpkg", "greeter.bnd")));

        CommandRun validated = fm(build, "validate", "greeter-3.0.0.fmpkg");
        assertThat(validated.exitCode()).as(validated.toString()).isZero();
        assertThat(validated.out()).contains("samples/greeter 3.0.0 (bundle samples.greeter)", "sample_greeter (operator)");
        assertThat(Http.upload(port, "/api/packages/upload", build.resolve("greeter-3.0.0.fmpkg"), KEY).statusCode()).isEqualTo(201);
        assertThat(component("sample_greeter").path("version").asText()).isEqualTo("3.0.0");
    }

    @Test
    void aNewProjectBuildsWithMavenOfflineAgainstThisFlowMasonsArtifacts() throws Exception {
        assertSucceeds(fm(work, "init", "acme-corp/maven-tools", "--type", "word_stats"));
        Path project = work.resolve("maven-tools");

        CommandRun maven = CommandRun.run(project, Duration.ofMinutes(5), List.of("mvn", "-B", "-o", "-s",
                ReactorRepository.settings(work.resolve("maven")).toString(), "-Daether.offline.protocols=file", "package"));

        assertThat(maven.exitCode()).as(maven.toString()).isZero();
        assertThat(maven.out()).contains("Tests run: 4, Failures: 0, Errors: 0, Skipped: 0", "BUILD SUCCESS");
        CommandRun validated = fm(project, "validate", "target/maven-tools-1.0.0.fmpkg");
        assertThat(validated.exitCode()).as(validated.toString()).isZero();
        assertThat(validated.out()).contains("acme-corp/maven-tools 1.0.0 (bundle acme-corp.maven-tools)", "word_stats (operator)");
    }

    @Test
    void validateNamesEveryProblemOfABrokenPackageWithItsFix() throws Exception {
        Path valid = InProcessInstance.distribution().resolve("examples/support-classifier-1.0.0.fmpkg");
        Path noName = rewritten(valid, "no-name.fmpkg", main -> main.remove(new Attributes.Name("FlowMason-Package")));
        Path exporting = rewritten(valid, "exporting.fmpkg", main -> main.putValue("Export-Package", "com.acme.support;version=\"1.0.0\""));
        Path newerApi = rewritten(valid, "newer-api.fmpkg", main -> main.putValue("Import-Package",
                "io.flowmason.api.component;version=\"[2.0,3)\",io.flowmason.api.provider;version=\"[1.0,2)\""));
        Path notZip = Files.writeString(work.resolve("notes.fmpkg"), "not a zip");

        assertRefused(noName, "the FlowMason-Package header is missing",
                "fix: add a line 'FlowMason-Package: <scope>/<name>' to the package's bnd file");
        assertRefused(exporting, "it exports packages (com.acme.support...)",
                "fix: remove @Export from every package-info.java and Export-Package or -exportcontents from the bnd file");
        assertRefused(newerApi, "it imports io.flowmason.api.component [2.0,3), but this FlowMason's API has io.flowmason.api.component 1.1.0",
                "fix: build against the io.flowmason.api jar of this FlowMason's SDK");
        assertRefused(notZip, "notes.fmpkg is not a zip archive, so it cannot be a package.", "fix: An .fmpkg is an OSGi bundle (a jar).");
    }

    @Test
    void validateWarnsOfEachCallThatWouldEndTheInstanceAndStillPasses() throws Exception {
        Path fixtures = Path.of(System.getProperty("test.package"));

        CommandRun validated = fm(work, "validate", fixtures.toString());

        assertThat(validated.exitCode()).as(validated.toString()).isZero();
        assertThat(validated.out()).contains(fixtures.getFileName() + " passes every check",
                "  3 warnings (the instance accepts the package and warns the same way):",
                "  1. io.flowmason.testpackage.ExitCall.execute calls System.exit: the instance turns the call into a failed stage"
                        + " (forbidden_call) instead of ending",
                "     fix: remove the call; to fail the stage, throw a ComponentException",
                "io.flowmason.testpackage.HaltCall.execute calls Runtime.halt",
                "io.flowmason.testpackage.RuntimeExitCall.lambda$execute$0 calls Runtime.exit");
    }

    private static void assertRefused(Path file, String problem, String fix) throws Exception {
        CommandRun validated = fm(work, "validate", file.toString());
        assertThat(validated.exitCode()).as(validated.toString()).isEqualTo(1);
        assertThat(validated.out()).contains(file.getFileName() + ": 1 problem", "1. " + problem, fix);
        assertThat(validated.err()).contains("fm: " + file.getFileName() + " is not a valid package (1 problem)");
    }

    private static JsonNode component(String type) throws Exception {
        JsonNode list = api.get("/api/registry/components").body().path("components");
        return StreamSupport.stream(list.spliterator(), false).filter(c -> type.equals(c.path("type").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(type + " is not listed: " + list));
    }

    private static void assertSucceeds(CommandRun run) {
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    /** A copy of a package whose manifest's main attributes were changed. */
    private static Path rewritten(Path source, String name, Consumer<Attributes> change) throws IOException {
        Path target = work.resolve(name);
        try (JarFile jar = new JarFile(source.toFile()); OutputStream out = Files.newOutputStream(target)) {
            Manifest manifest = new Manifest(jar.getManifest());
            change.accept(manifest.getMainAttributes());
            try (JarOutputStream copy = new JarOutputStream(out, manifest)) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    JarEntry entry = entries.nextElement();
                    if (!entry.getName().equals(JarFile.MANIFEST_NAME)) {
                        copy.putNextEntry(new JarEntry(entry.getName()));
                        try (InputStream in = jar.getInputStream(entry)) {
                            in.transferTo(copy);
                        }
                    }
                }
            }
        }
        return target;
    }
}
