package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every third-party jar the distribution carries is named, with its version, in THIRD-PARTY.md. */
class ThirdPartyNoticeIT {

    private static final Pattern ARTIFACT_AND_VERSION = Pattern.compile("(.+)-(\\d[^-]*(?:-GA)?)\\.jar");

    @Test
    void everyThirdPartyJarIsListedWithItsVersion() throws IOException {
        Path dist = InProcessInstance.distribution();
        String notice = Files.readString(dist.resolve("THIRD-PARTY.md"));

        List<Path> jars;
        try (Stream<Path> bundles = Files.list(dist.resolve("bundles")); Stream<Path> lib = Files.list(dist.resolve("lib"));
                Stream<Path> fm = Files.list(dist.resolve("lib/fm"))) {
            jars = Stream.concat(Stream.concat(bundles, lib), fm)
                    .filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .filter(p -> !p.getFileName().toString().startsWith("io.flowmason.")
                            && !p.getFileName().toString().startsWith("flowmason-"))
                    .toList();
        }

        assertThat(jars).hasSizeGreaterThan(50);
        for (Path jar : jars) {
            Matcher name = ARTIFACT_AND_VERSION.matcher(jar.getFileName().toString());
            assertThat(name.matches()).as("artifact-version.jar: " + jar.getFileName()).isTrue();
            assertThat(notice).as("THIRD-PARTY.md names " + name.group(1))
                    .containsPattern("(\\| |, )" + Pattern.quote(name.group(1)) + "( \\||,)");
            assertThat(notice).as("THIRD-PARTY.md gives the version of " + name.group(1)).contains(name.group(2));
        }
    }
}
