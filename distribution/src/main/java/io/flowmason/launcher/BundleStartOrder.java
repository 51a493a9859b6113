package io.flowmason.launcher;

import java.util.Comparator;
import java.util.List;
import org.osgi.framework.Bundle;

/**
 * The order in which installed bundles are started. Logging and the ServiceLoader mediator go
 * first, so that bundles finding their providers through ServiceLoader see them; then the
 * configuration and component runtimes; then everything else; then the platform bundles; and
 * FileInstall last, so that the platform's installer of the deploy folder is registered before
 * FileInstall looks at the first file.
 */
final class BundleStartOrder {

    static final List<String> FIRST = List.of(
            "org.apache.aries.spifly.dynamic.bundle",
            "slf4j.api",
            "slf4j.simple",
            "org.apache.felix.log",
            "org.apache.felix.configadmin",
            "org.apache.felix.scr");

    static final String LAST = "org.apache.felix.fileinstall";

    private BundleStartOrder() {
    }

    static final Comparator<Bundle> COMPARATOR = Comparator.comparingInt(BundleStartOrder::rank)
            .thenComparing(b -> String.valueOf(b.getSymbolicName()));

    private static int rank(Bundle bundle) {
        int index = FIRST.indexOf(bundle.getSymbolicName());
        if (index >= 0) {
            return index;
        }
        if (LAST.equals(bundle.getSymbolicName())) {
            return FIRST.size() + 2;
        }
        return bundle.getHeaders("").get("FlowMason-Platform") != null ? FIRST.size() + 1 : FIRST.size();
    }
}
