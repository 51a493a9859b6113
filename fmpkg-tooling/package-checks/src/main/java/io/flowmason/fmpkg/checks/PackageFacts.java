package io.flowmason.fmpkg.checks;

import java.nio.file.Path;
import java.util.List;
import org.osgi.framework.Version;

/**
 * What a file that passed the upload checks is: an OSGi bundle that is a FlowMason package (or,
 * from the deploy folder, a plain library bundle, {@code packageName == null}). {@code warnings}
 * are what the instance accepts but the developer should know, such as a call to
 * {@code System.exit} ({@link ForbiddenCalls}).
 */
public record PackageFacts(
        Path path,
        String packageName,
        String bundleSymbolicName,
        Version version,
        String sha256,
        long size,
        List<DeclaredComponent> components,
        List<Problem> warnings) {

    /** A component as the package's descriptor declares it. */
    public record DeclaredComponent(String type, String kind, String category) {
    }
}
