package io.flowmason.fmpkg.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;

/** The refusals as fm shows them: each problem with a fix. The gateway's tests cover the instance's answers. */
class UploadChecksTest {

    @TempDir
    Path dir;

    private final UploadChecks checks = new UploadChecks(64 * 1024);

    @Test
    void everyProblemOfABrokenPackageComesWithItsFix() throws Exception {
        Map<String, String> headers = TestJars.packageHeaders();
        headers.remove("FlowMason-Package");
        headers.put("Bundle-Version", "one");
        headers.put("Export-Package", "com.acme.text;version=\"1.0.0\"");
        Path file = TestJars.write(dir.resolve("broken.fmpkg"), headers, Map.of());

        assertThatThrownBy(() -> checks.check(file, true)).isInstanceOfSatisfying(PackageRefused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(PackageRefused.Reason.INVALID);
            assertThat(refused.problems()).extracting(Problem::detail).containsExactly(
                    "Bundle-Version 'one' is not an OSGi version (major.minor.micro.qualifier)",
                    "the FlowMason-Package header is missing; add 'FlowMason-Package: <scope>/<name>', such as acme-corp/support-classifier",
                    "it exports packages (com.acme.text...); a package keeps its code private: remove @Export and Export-Package",
                    "it has no OSGI-INF/flowmason/components.json describing its components; compile it with the FlowMason"
                            + " annotation processor (io.flowmason.fmpkg.processor)");
            assertThat(refused.problems()).extracting(Problem::fix).containsExactly(
                    "write Bundle-Version in the bnd file as numbers, such as 1.2.0 (a qualifier may follow a third dot)",
                    "add a line 'FlowMason-Package: <scope>/<name>' to the package's bnd file",
                    "remove @Export from every package-info.java and Export-Package or -exportcontents from the bnd file;"
                            + " fmpkg.bnd exports nothing",
                    "put io.flowmason.fmpkg.processor on javac's processor path (Maven: a provided dependency; javac:"
                            + " -processorpath) and rebuild");
        });
    }

    @Test
    void aWholePackagePassesWithWhatItHolds() throws Exception {
        Path file = TestJars.write(dir.resolve("ok.fmpkg"), TestJars.packageHeaders(),
                TestJars.operatorEntries("io.flowmason.api.component.OperatorComponent", "word_count"));

        PackageFacts facts = checks.check(file, true);

        assertThat(facts.packageName()).isEqualTo("acme-corp/text-tools");
        assertThat(facts.version()).isEqualTo(new Version(1, 0, 0));
        assertThat(facts.components()).containsExactly(new PackageFacts.DeclaredComponent("word_count", "operator", "text"));
        assertThat(facts.sha256()).isEqualTo(UploadChecks.sha256(file));
    }

    @Test
    void saysWhyAFileIsNoPackageAtAll() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.fmpkg"), "not a zip");
        Path large = Files.write(dir.resolve("large.fmpkg"), new byte[64 * 1024 + 1]);

        assertThatThrownBy(() -> checks.check(text, true)).isInstanceOfSatisfying(PackageRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(PackageRefused.Reason.NOT_A_ZIP));
        assertThatThrownBy(() -> checks.check(large, true)).isInstanceOfSatisfying(PackageRefused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(PackageRefused.Reason.TOO_LARGE);
            assertThat(refused.getMessage()).isEqualTo("large.fmpkg is 65537 bytes; the limit is 65536 bytes.");
        });
        assertThatThrownBy(() -> checks.check(dir.resolve("gone.fmpkg"), true)).isInstanceOfSatisfying(PackageRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(PackageRefused.Reason.UNREADABLE));
    }
}
