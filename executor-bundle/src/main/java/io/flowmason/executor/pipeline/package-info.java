/**
 * Pipelines as the platform stores, checks and runs them: the definition people write, the
 * problems the compiler reports, and the compiled form the executor runs. Platform-internal API.
 */
@Export
@Version("1.0.0")
package io.flowmason.executor.pipeline;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
