package io.flowmason.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Maven settings that build a project offline against this build's FlowMason artifacts (the API
 * and the processor as the distribution's sdk/ carries them, with their poms from the source tree)
 * and take everything else from the local repository the build uses, as file repositories: nothing
 * is written to that shared repository, the project gets its own.
 */
final class ReactorRepository {

    private static final String GROUP = "io/flowmason/";
    private static final String VERSION = "0.1.0-SNAPSHOT";

    private ReactorRepository() {
    }

    /** Writes the repository and settings under {@code folder}; answers the settings file for {@code mvn -s}. */
    static Path settings(Path folder) throws IOException {
        Path source = Path.of(System.getProperty("flowmason.source"));
        Path sdk = InProcessInstance.distribution().resolve("sdk");
        Path reactor = folder.resolve("reactor");
        artifact(reactor, "flowmason-parent", source.resolve("pom.xml"), null);
        artifact(reactor, "flowmason-fmpkg-tooling", source.resolve("fmpkg-tooling/pom.xml"), null);
        artifact(reactor, "io.flowmason.api", source.resolve("core-api-bundle/pom.xml"), sdk.resolve("io.flowmason.api.jar"));
        artifact(reactor, "io.flowmason.fmpkg.processor", source.resolve("fmpkg-tooling/processor/pom.xml"),
                sdk.resolve("io.flowmason.fmpkg.processor.jar"));
        String shared = Path.of(System.getProperty("local.repository")).toUri().toString();
        return Files.writeString(folder.resolve("settings.xml"), """
                <settings>
                  <localRepository>%s</localRepository>
                  <mirrors>
                    <mirror><id>build-repository</id><mirrorOf>*,!flowmason-reactor</mirrorOf><url>%s</url></mirror>
                  </mirrors>
                  <profiles>
                    <profile>
                      <id>flowmason-reactor</id>
                      <repositories>
                        <repository><id>flowmason-reactor</id><url>%s</url><snapshots><enabled>true</enabled></snapshots></repository>
                      </repositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>flowmason-reactor</activeProfile></activeProfiles>
                </settings>
                """.formatted(folder.resolve("local"), shared, reactor.toUri()));
    }

    private static void artifact(Path repository, String artifactId, Path pom, Path jar) throws IOException {
        Path folder = Files.createDirectories(repository.resolve(GROUP + artifactId + "/" + VERSION));
        Files.copy(pom, folder.resolve(artifactId + "-" + VERSION + ".pom"));
        if (jar != null) {
            Files.copy(jar, folder.resolve(artifactId + "-" + VERSION + ".jar"));
        }
    }
}
