package io.flowmason.cli.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fm init, package and validate in process: a new project is a valid package as it is, and broken ones say why. */
class PackageProjectTest {

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void initProject() {
        project = dir.resolve("text-tools");
        InProcessFm.Result init = InProcessFm.run("init", "acme-corp/text-tools", "--dir", project.toString());
        assertThat(init.exitCode()).as(init.toString()).isEqualTo(ExitCodes.OK);
        assertThat(init.out()).contains("Created acme-corp/text-tools 1.0.0 in " + project, "operator text_tools",
                "src/main/java/com/acmecorp/texttools/TextTools.java", "src/test/resources/fm-examples/text_tools.json");
    }

    @Test
    void aNewProjectPackagesAndValidatesAsItIs() throws IOException {
        InProcessFm.Result packaged = InProcessFm.run("package", project.toString());

        assertThat(packaged.exitCode()).as(packaged.toString()).isEqualTo(ExitCodes.OK);
        assertThat(packaged.out()).contains("target/text-tools-1.0.0.fmpkg", "acme-corp/text-tools 1.0.0 (bundle acme-corp.text-tools)",
                "components  text_tools (operator)", "size");
        Path file = project.resolve("target/text-tools-1.0.0.fmpkg");
        try (JarFile jar = new JarFile(file.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Import-Package"))
                    .isEqualTo("io.flowmason.api.component;version=\"[1.1,2)\"");
            assertThat(jar.getEntry("OSGI-INF/flowmason/components.json")).isNotNull();
            assertThat(jar.getEntry("com/acmecorp/texttools/TextTools.class")).isNotNull();
        }

        InProcessFm.Result validated = InProcessFm.run("validate", file.toString());
        assertThat(validated.exitCode()).as(validated.toString()).isEqualTo(ExitCodes.OK);
        assertThat(validated.out()).contains("passes every check", "io.flowmason.api checked against FlowMason API 1.1.0");
    }

    @Test
    void initLeavesAnExistingProjectAlone() throws IOException {
        String before = Files.readString(project.resolve("pom.xml"));

        InProcessFm.Result again = InProcessFm.run("init", "acme-corp/text-tools", "--dir", project.toString());

        assertThat(again.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(again.err()).contains(project + " already exists and is not empty");
        assertThat(Files.readString(project.resolve("pom.xml"))).isEqualTo(before);
        assertThat(InProcessFm.run("init", "Acme/Text").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aComponentTheProcessorRefusesDoesNotPackage() throws IOException {
        Path source = project.resolve("src/main/java/com/acmecorp/texttools/TextTools.java");
        Files.writeString(source, Files.readString(source).replace("type = \"text_tools\"", "type = \"TextTools\""));

        InProcessFm.Result packaged = InProcessFm.run("package", project.toString());

        assertThat(packaged.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(packaged.err()).contains("TextTools.java", "TextTools", "snake_case")
                .contains("fm: the package does not compile; javac and the FlowMason processor say why above");
        assertThat(project.resolve("target/text-tools-1.0.0.fmpkg")).doesNotExist();
    }

    @Test
    void withoutAPackageNameBndCannotNameTheBundle() throws IOException {
        Files.writeString(project.resolve("bnd.bnd"), "-include: ${.}/fmpkg.bnd\nBundle-Version: 1.0.0\n");

        InProcessFm.Result packaged = InProcessFm.run("package", project.toString());

        assertThat(packaged.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(packaged.err()).contains("bnd: error: Symbolic Name has invalid format: ${FlowMason-Package}",
                "fm: bnd could not build the bundle from bnd.bnd; its errors are above");
    }

    @Test
    void aBuiltBundleTheInstanceWouldRefuseFailsWithEveryProblemAndItsFix() throws IOException {
        Files.writeString(project.resolve("bnd.bnd"), "-include: ${.}/fmpkg.bnd\nBundle-Version: 1.0.0\nFlowMason-Package: Acme/Text\n");

        InProcessFm.Result packaged = InProcessFm.run("package", project.toString());
        assertThat(packaged.exitCode()).as(packaged.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(packaged.out()).contains("Text-1.0.0.fmpkg, which an instance refuses", "FlowMason-Package 'Acme/Text' is not a"
                + " package name", "fix: rename it in the bnd file, such as 'FlowMason-Package: acme-corp/text-tools'");

        InProcessFm.Result validated = InProcessFm.run("validate", project.resolve("target/Text-1.0.0.fmpkg").toString());
        assertThat(validated.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(validated.out()).contains("Text-1.0.0.fmpkg: 1 problem", "1. FlowMason-Package 'Acme/Text' is not a package name");
        assertThat(validated.err()).contains("Text-1.0.0.fmpkg is not a valid package (1 problem)");
    }
}
