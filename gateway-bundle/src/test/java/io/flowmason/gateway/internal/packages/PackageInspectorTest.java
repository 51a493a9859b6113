package io.flowmason.gateway.internal.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;

class PackageInspectorTest {

    private static final String DESCRIPTOR = """
            {"descriptor_version": 1, "components": [{"type": "ticket_triage", "kind": "node", "category": "acme"}]}""";

    @TempDir
    Path dir;

    private final PackageInspector inspector = new PackageInspector(64 * 1024);

    private Map<String, String> validHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Bundle-ManifestVersion", "2");
        headers.put("Bundle-SymbolicName", "com.acme.triage;singleton:=true");
        headers.put("Bundle-Version", "1.2.0");
        headers.put("FlowMason-Package", "acme-corp/triage");
        return headers;
    }

    private Path jar(String name, Map<String, String> headers, String descriptor) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach(manifest.getMainAttributes()::putValue);
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            if (descriptor != null) {
                jar.putNextEntry(new JarEntry("OSGI-INF/flowmason/components.json"));
                jar.write(descriptor.getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return file;
    }

    @Test
    void acceptsAWholePackageAndSaysWhatItHolds() throws Exception {
        PackageFile pkg = inspector.inspectPackage(jar("ok.fmpkg", validHeaders(), DESCRIPTOR));

        assertThat(pkg.packageName()).isEqualTo("acme-corp/triage");
        assertThat(pkg.bundleSymbolicName()).isEqualTo("com.acme.triage");
        assertThat(pkg.version()).isEqualTo(new Version(1, 2, 0));
        assertThat(pkg.sha256()).hasSize(64).isEqualTo(PackageInspector.sha256(pkg.path()));
        assertThat(pkg.components()).containsExactly(new PackageFile.DeclaredComponent("ticket_triage", "node", "acme"));
        assertThat(pkg.isCore()).isFalse();
    }

    @Test
    void randomBytesAreNotAPackage() throws Exception {
        byte[] noise = new byte[2048];
        new Random(3).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.fmpkg"), noise);

        assertThatThrownBy(() -> inspector.inspectPackage(file)).isInstanceOfSatisfying(PackageRejected.class, rejected -> {
            assertThat(rejected.status()).isEqualTo(400);
            assertThat(rejected.code()).isEqualTo("not_a_package");
            assertThat(rejected.getMessage()).contains("not a zip archive");
        });
    }

    @Test
    void aZipWithoutManifestIsNotABundle() throws Exception {
        Path file = dir.resolve("plain.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> inspector.inspectPackage(file)).isInstanceOfSatisfying(PackageRejected.class, rejected -> {
            assertThat(rejected.status()).isEqualTo(422);
            assertThat(rejected.getMessage()).contains("no META-INF/MANIFEST.MF");
        });
    }

    @Test
    void listsEveryProblemOfABrokenManifestAtOnce() throws Exception {
        Map<String, String> headers = validHeaders();
        headers.remove("Bundle-SymbolicName");
        headers.put("Bundle-Version", "one.two");
        headers.put("FlowMason-Package", "Acme Corp/Triage");
        headers.put("Export-Package", "com.acme.triage;version=\"1.0\"");

        assertThatThrownBy(() -> inspector.inspectPackage(jar("broken.fmpkg", headers, null)))
                .isInstanceOfSatisfying(PackageRejected.class, rejected -> {
                    assertThat(rejected.status()).isEqualTo(422);
                    assertThat(rejected.code()).isEqualTo("invalid_package");
                    assertThat(rejected.problems()).hasSize(5);
                    assertThat(String.join("\n", rejected.problems())).contains(
                            "Bundle-SymbolicName is missing",
                            "Bundle-Version 'one.two' is not an OSGi version",
                            "FlowMason-Package 'Acme Corp/Triage' is not a package name",
                            "exports packages (com.acme.triage...)",
                            "no OSGI-INF/flowmason/components.json");
                    assertThat(rejected.suggestion()).contains("fmpkg.bnd", "annotation processor");
                });
    }

    @Test
    void aPackageMustNameItselfAndDeclareComponents() throws Exception {
        Map<String, String> headers = validHeaders();
        headers.remove("FlowMason-Package");

        assertThatThrownBy(() -> inspector.inspectPackage(jar("anon.fmpkg", headers, "{\"components\": []}")))
                .isInstanceOfSatisfying(PackageRejected.class, rejected -> assertThat(rejected.problems()).anySatisfy(
                        p -> assertThat(p).contains("FlowMason-Package header is missing")).anySatisfy(
                        p -> assertThat(p).contains("declares no components")));
        assertThatThrownBy(() -> inspector.inspectPackage(jar("badjson.fmpkg", validHeaders(), "{nope")))
                .isInstanceOfSatisfying(PackageRejected.class, rejected -> assertThat(rejected.problems())
                        .contains("OSGI-INF/flowmason/components.json is not valid JSON"));
    }

    @Test
    void theDeployFolderAlsoTakesPlainLibraryBundles() throws Exception {
        Map<String, String> headers = validHeaders();
        headers.remove("FlowMason-Package");
        headers.put("Export-Package", "com.acme.lib;version=\"1.0\"");

        PackageFile library = inspector.inspectBundle(jar("lib.jar", headers, null));

        assertThat(library.isPackage()).isFalse();
        assertThat(library.bundleSymbolicName()).isEqualTo("com.acme.triage");
        assertThatThrownBy(() -> inspector.inspectPackage(library.path())).isInstanceOf(PackageRejected.class);
    }

    @Test
    void aFileOverTheLimitIsTooLargeBeforeItIsOpened() throws Exception {
        Path big = Files.write(dir.resolve("big.fmpkg"), new byte[64 * 1024 + 1]);

        assertThatThrownBy(() -> inspector.inspectPackage(big)).isInstanceOfSatisfying(PackageRejected.class, rejected -> {
            assertThat(rejected.status()).isEqualTo(413);
            assertThat(rejected.code()).isEqualTo("package_too_large");
        });
    }

    @Test
    void corePackagesAreThoseInTheFlowmasonScope() throws Exception {
        Map<String, String> headers = validHeaders();
        headers.put("FlowMason-Package", "@flowmason/json-transform");

        assertThat(inspector.inspectPackage(jar("core.fmpkg", headers, DESCRIPTOR)).isCore()).isTrue();
    }
}
