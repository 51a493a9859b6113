package io.flowmason.gateway.internal.packages;

import java.nio.file.Path;
import java.util.List;
import org.osgi.framework.Version;

/**
 * A file that passed inspection: an OSGi bundle that is a FlowMason package (or, from the deploy
 * folder, a plain library bundle, {@code packageName == null}).
 */
public record PackageFile(
        Path path,
        String packageName,
        String bundleSymbolicName,
        Version version,
        String sha256,
        long size,
        List<DeclaredComponent> components) {

    /** A component the package's descriptor declares. */
    public record DeclaredComponent(String type, String kind, String category) {
    }

    public boolean isPackage() {
        return packageName != null;
    }

    /** Packages in the {@code @flowmason/} scope are the platform's core packages. */
    public boolean isCore() {
        return packageName != null && packageName.startsWith("@flowmason/");
    }
}
