package io.flowmason.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;

/**
 * What a reader of the docs fetches from the network, put where the reader would have it, because the
 * tests run offline:
 * <ul>
 * <li>Maven resolving the FlowMason artifacts a reader gets from {@code mvn install} of the sources,
 * and everything else from Maven Central: a {@code .mvn/maven.config} in the instance's folder makes
 * every {@code mvn} run below it offline with {@link ReactorRepository}'s settings (Maven reads that
 * file from the nearest parent folder holding a {@code .mvn});</li>
 * <li>the bnd command line jar that packaging.md downloads in a {@code norun} example, under the name
 * it downloads it as, {@code biz.aQute.bnd-<version>.jar}, in the instance's folder.</li>
 * </ul>
 */
final class ReaderDownloads {

    private ReaderDownloads() {
    }

    /** @param scratch an empty folder for the Maven repositories */
    static void provide(Path home, Path scratch) throws IOException {
        Path settings = ReactorRepository.settings(Files.createDirectories(scratch));
        Files.writeString(Files.createDirectories(home.resolve(".mvn")).resolve("maven.config"),
                "-o -s " + settings + " -Daether.offline.protocols=file\n");
        Path bnd = Path.of(System.getProperty("bnd.cli.jar"));
        Files.copy(bnd, home.resolve("biz.aQute.bnd-" + releaseOf(bnd) + ".jar"));
    }

    /** {@code 7.1.0} of a jar whose Bundle-Version is {@code 7.1.0.202411251545}, as Maven Central names its file. */
    private static String releaseOf(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String version = file.getManifest().getMainAttributes().getValue("Bundle-Version");
            String[] parts = version.split("\\.");
            return parts[0] + "." + parts[1] + "." + parts[2];
        }
    }
}
