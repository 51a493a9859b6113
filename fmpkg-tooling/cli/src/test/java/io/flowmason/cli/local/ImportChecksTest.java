package io.flowmason.cli.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.fmpkg.checks.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;

class ImportChecksTest {

    private static final Map<String, Version> API = Map.of("io.flowmason.api.component", new Version(1, 0, 0),
            "io.flowmason.api.provider", new Version(1, 0, 0));

    @TempDir
    Path bundles;

    private Optional<RuntimeExports> runtime;

    @BeforeEach
    void oneRuntimeBundleExportingJackson() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Export-Package", "com.fasterxml.jackson.databind;version=\"2.21.8\";uses:=\"a,b\"");
        try (OutputStream out = Files.newOutputStream(bundles.resolve("jackson-databind.jar"))) {
            new JarOutputStream(out, manifest).close();
        }
        runtime = Optional.of(RuntimeExports.of(bundles));
    }

    @Test
    void apiImportsMustAcceptTheShippedApi() {
        ImportChecks.Result result = ImportChecks.check("io.flowmason.api.component;version=\"[1.0,2)\","
                + "io.flowmason.api.provider;version=\"[2.0,3)\",io.flowmason.api.agents;version=\"[1.0,2)\"", API, Optional.empty());

        assertThat(result.problems()).extracting(Problem::detail).containsExactly(
                "it imports io.flowmason.api.provider [2.0,3), but this FlowMason's API has io.flowmason.api.provider 1.0.0",
                "it imports io.flowmason.api.agents, which the FlowMason API of this FlowMason does not have (it has"
                        + " io.flowmason.api.component, io.flowmason.api.provider)");
        assertThat(result.problems()).allSatisfy(problem -> assertThat(problem.fix()).contains("sdk/"));
    }

    @Test
    void otherImportsResolveAgainstTheFrameworkAndTheRuntimeBundles() {
        ImportChecks.Result result = ImportChecks.check("com.fasterxml.jackson.databind;version=\"[2.15,3)\","
                + "javax.xml.parsers,org.osgi.framework;version=\"[1.10,2)\",sun.misc", API, runtime);

        assertThat(result.problems()).isEmpty();
        assertThat(result.unchecked()).isEmpty();
    }

    @Test
    void anImportNothingExportsInItsRangeIsAProblemUnlessOptional() {
        ImportChecks.Result result = ImportChecks.check("com.fasterxml.jackson.databind;version=\"[3.0,4)\","
                + "org.apache.commons.text;version=\"[1.10,2)\",com.acme.extra;resolution:=optional", API, runtime);

        assertThat(result.problems()).extracting(Problem::detail).containsExactly(
                "it imports com.fasterxml.jackson.databind [3.0,4), which neither the framework nor a runtime bundle of this"
                        + " FlowMason exports in that range (they export 2.21.8)",
                "it imports org.apache.commons.text [1.10,2), which neither the framework nor a runtime bundle of this FlowMason"
                        + " exports");
        assertThat(result.problems().get(1).fix()).contains("-conditionalpackage: org.apache.commons.text");
    }

    @Test
    void withoutTheRuntimeBundlesOnlyTheApiIsChecked() {
        ImportChecks.Result result = ImportChecks.check("io.flowmason.api.component;version=\"[1.0,2)\",org.apache.commons.text",
                API, Optional.empty());

        assertThat(result.problems()).isEmpty();
        assertThat(result.unchecked()).containsExactly("org.apache.commons.text");
    }
}
