package io.flowmason.gateway.internal.packages;

import java.util.List;
import org.osgi.framework.Version;

/**
 * Something that may forbid removing a package version, such as a published pipeline locked to
 * one of its components. Guards are services; the installer asks every one before removing.
 */
public interface PackageRemovalGuard {

    /** Why this package version must stay (each naming what depends on it); empty when it may go. */
    List<String> blockers(String packageName, Version version);
}
