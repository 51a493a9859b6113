/**
 * Running compiled pipelines: the runner and what a run produces (result or error, usage, a span
 * per stage). Platform-internal API.
 */
@Export
@Version("1.0.0")
package io.flowmason.executor.run;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
