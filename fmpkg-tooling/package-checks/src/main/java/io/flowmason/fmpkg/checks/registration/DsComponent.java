package io.flowmason.fmpkg.checks.registration;

import java.util.List;
import java.util.Map;

/**
 * A Declarative Services component as its XML in the package declares it.
 *
 * @param provides   the service interfaces it registers under
 * @param properties its single-valued properties, by name
 */
record DsComponent(String name, String implementationClass, List<String> provides, Map<String, String> properties) {
}
