/**
 * The LLM provider SPI: a provider package registers an {@link io.flowmason.api.provider.LlmProvider}
 * service with a {@code flowmason.provider.name} property; nodes reach it through the execution
 * context.
 */
@Export
@Version("1.0.0")
package io.flowmason.api.provider;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
