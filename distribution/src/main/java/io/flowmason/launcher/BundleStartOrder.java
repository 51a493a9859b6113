package io.flowmason.launcher;

import java.util.Comparator;
import java.util.List;
import org.osgi.framework.Bundle;

/**
 * The order in which installed bundles are started. Logging and the ServiceLoader mediator go
 * first, so that bundles finding their providers through ServiceLoader see them; then the
 * configuration and component runtimes; then the executor, whose weaving hook (the rewrite of
 * System.exit and Runtime.exit/halt in packages) SCR registers while the executor starts and so
 * before any package bundle is installed; then the other platform bundles, so that the first start's
 * installation of the core packages (on its own thread) overlaps the start of the HTTP stack; then
 * FileInstall, after the platform's installer of the deploy folder is registered and before the
 * HTTP stack, whose Jakarta REST whiteboard waits for its configuration in conf/osgi; then the rest;
 * and the Web Console last.
 */
final class BundleStartOrder {

    static final List<String> FIRST = List.of(
            "org.apache.aries.spifly.dynamic.bundle",
            "slf4j.api",
            "slf4j.simple",
            "org.apache.felix.log",
            "org.apache.felix.configadmin",
            "org.apache.felix.scr");

    static final String EXECUTOR = "io.flowmason.executor";

    static final String FILE_INSTALL = "org.apache.felix.fileinstall";

    /** An admin's tool that nothing waits for: started after the bundles readiness depends on. */
    static final List<String> LAST = List.of(
            "org.apache.felix.inventory",
            "org.apache.felix.webconsole",
            "org.apache.felix.webconsole.plugins.ds");

    private BundleStartOrder() {
    }

    static final Comparator<Bundle> COMPARATOR = Comparator.comparingInt(BundleStartOrder::rank)
            .thenComparing(b -> String.valueOf(b.getSymbolicName()));

    private static int rank(Bundle bundle) {
        int index = FIRST.indexOf(bundle.getSymbolicName());
        if (index >= 0) {
            return index;
        }
        if (EXECUTOR.equals(bundle.getSymbolicName())) {
            return FIRST.size();
        }
        if (bundle.getHeaders("").get("FlowMason-Platform") != null) {
            return FIRST.size() + 1;
        }
        if (FILE_INSTALL.equals(bundle.getSymbolicName())) {
            return FIRST.size() + 2;
        }
        return LAST.contains(bundle.getSymbolicName()) ? FIRST.size() + 4 : FIRST.size() + 3;
    }
}
