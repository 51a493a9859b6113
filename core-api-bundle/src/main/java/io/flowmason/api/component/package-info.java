/**
 * What a component package programs against: {@link io.flowmason.api.component.Node} and
 * {@link io.flowmason.api.component.Operator} to declare a component, the component interfaces
 * it implements, and the {@link io.flowmason.api.component.ExecutionContext} it runs in.
 */
@Export
@Version("1.1.0")
package io.flowmason.api.component;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
