package io.flowmason.gateway.internal.packages;

import io.flowmason.fmpkg.checks.PackageFacts;
import io.flowmason.fmpkg.checks.Problem;
import java.nio.file.Path;
import java.util.List;
import org.osgi.framework.Version;

/**
 * A file that passed inspection: an OSGi bundle that is a FlowMason package (or, from the deploy
 * folder, a plain library bundle, {@code packageName == null}).
 */
public record PackageFile(PackageFacts facts) {

    /** A component the package's descriptor declares. */
    public record DeclaredComponent(String type, String kind, String category) {
    }

    public Path path() {
        return facts.path();
    }

    public String packageName() {
        return facts.packageName();
    }

    public String bundleSymbolicName() {
        return facts.bundleSymbolicName();
    }

    public Version version() {
        return facts.version();
    }

    public String sha256() {
        return facts.sha256();
    }

    public List<DeclaredComponent> components() {
        return facts.components().stream().map(c -> new DeclaredComponent(c.type(), c.kind(), c.category())).toList();
    }

    /** What the instance accepts but the developer should know, such as a call to System.exit, one line each. */
    public List<String> warnings() {
        return facts.warnings().stream().map(Problem::detail).toList();
    }

    public boolean isPackage() {
        return facts.packageName() != null;
    }

    /** Packages in the {@code @flowmason/} scope are the platform's core packages. */
    public boolean isCore() {
        return isPackage() && facts.packageName().startsWith("@flowmason/");
    }
}
