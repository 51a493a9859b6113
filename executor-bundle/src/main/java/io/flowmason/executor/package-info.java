/**
 * What the executor offers the rest of the platform: the registry of deployed components and their runtime states.
 * Platform-internal API (the gateway uses it); component packages never import it.
 */
@Export
@Version("1.1.0")
package io.flowmason.executor;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
