package io.flowmason.gateway.internal;

import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Ready only while every bundle carrying the {@code FlowMason-Platform} header is active. */
@Component(service = ReadinessCheck.class)
public class PlatformBundlesCheck implements ReadinessCheck {

    static final String PLATFORM_HEADER = "FlowMason-Platform";

    private final BundleContext context;

    @Activate
    public PlatformBundlesCheck(BundleContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "platform_bundles";
    }

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if ("true".equalsIgnoreCase(bundle.getHeaders("").get(PLATFORM_HEADER)) && bundle.getState() != Bundle.ACTIVE) {
                problems.add("Platform bundle " + bundle.getSymbolicName() + " " + bundle.getVersion() + " is "
                        + stateName(bundle.getState()) + ", not ACTIVE; the Web Console's bundle page at"
                        + " /system/console/bundles shows why.");
            }
        }
        return problems;
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED (unresolved)";
            case Bundle.RESOLVED -> "RESOLVED (not started)";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            default -> "in state " + state;
        };
    }
}
