package io.flowmason.executor.internal.registry;

import io.flowmason.executor.ComponentInfo;
import java.time.Instant;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;

/**
 * One component version as the registry holds it: what the package's descriptor says, the bundle
 * carrying it and, while it can run, its service reference (never its service object: the registry
 * does not activate components). {@code shadowedBy} names the package that already provides the same
 * type and version, when another one does.
 */
public record DeployedComponent(ComponentDescriptor descriptor, Bundle bundle, String packageName, ServiceReference<?> reference,
        String shadowedBy) {

    static final String CORE_PACKAGE_PREFIX = "@flowmason/";

    public String type() {
        return descriptor.type();
    }

    public Version version() {
        return bundle.getVersion();
    }

    /** Whether its bundle is active and its service registered; SCR may still refuse to activate it. */
    public boolean available() {
        return reference != null && shadowedBy == null && bundle.getState() == Bundle.ACTIVE;
    }

    DeployedComponent shadowed(String by) {
        return new DeployedComponent(descriptor, bundle, packageName, reference, by);
    }

    /** @param loadError null when it can run, else why not */
    public ComponentInfo toInfo(String loadError) {
        return new ComponentInfo(descriptor.type(), version(), descriptor.kind(), descriptor.category(), descriptor.description(),
                descriptor.implementationClass(), packageName, bundle.getSymbolicName(), bundle.getBundleId(),
                descriptor.inputSchema(), descriptor.outputSchema(), descriptor.recommendedProviders(),
                descriptor.requiredCapabilities(), packageName != null && packageName.startsWith(CORE_PACKAGE_PREFIX),
                loadError == null, loadError, Instant.ofEpochMilli(bundle.getLastModified()));
    }
}
