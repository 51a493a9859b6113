package io.flowmason.cli.local;

import io.flowmason.api.component.ComponentNamespace;
import io.flowmason.fmpkg.processor.ComponentProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.osgi.annotation.versioning.ProviderType;
import org.osgi.service.component.annotations.Component;

/**
 * The SDK as fm carries it on its own class path (in a distribution, {@code lib/fm/}, the same jars
 * as {@code sdk/}): what packages compile against, and the FlowMason processor.
 */
final class SdkJars {

    private SdkJars() {
    }

    /** The FlowMason API, the DS annotations and the OSGi versioning annotations. */
    static List<Path> compileClasspath() {
        return List.of(api(), locationOf(Component.class), locationOf(ProviderType.class));
    }

    /** The jar (or, in fm's own build, the folder) holding the FlowMason annotation processor. */
    static Path processor() {
        return locationOf(ComponentProcessor.class);
    }

    static Path api() {
        return locationOf(ComponentNamespace.class);
    }

    /** The manifest of the FlowMason API fm ships, whose Export-Package says the API's package versions. */
    static Manifest apiManifest() throws IOException {
        Path api = api();
        if (Files.isDirectory(api)) {
            try (InputStream in = Files.newInputStream(api.resolve(JarFile.MANIFEST_NAME))) {
                return new Manifest(in);
            }
        }
        try (JarFile jar = new JarFile(api.toFile())) {
            return jar.getManifest();
        }
    }

    static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("fm's class path holds " + type.getName() + " at an unusable location", e);
        }
    }
}
