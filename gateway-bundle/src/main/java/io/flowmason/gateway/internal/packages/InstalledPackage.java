package io.flowmason.gateway.internal.packages;

import org.osgi.framework.Bundle;

/** What an installation produced: the bundle, what was inspected, and why it did not start, if it did not. */
public record InstalledPackage(Bundle bundle, PackageFile file, String startError) {
}
