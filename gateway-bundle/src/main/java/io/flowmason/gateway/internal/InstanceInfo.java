package io.flowmason.gateway.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * What the launcher tells the framework about this instance: the FlowMason version and the
 * environment ({@code test}, {@code staging} or {@code production}).
 */
@Component(service = InstanceInfo.class)
public class InstanceInfo {

    static final String VERSION_PROPERTY = "flowmason.version";
    static final String ENVIRONMENT_PROPERTY = "flowmason.environment";

    private final String version;
    private final String environment;

    @Activate
    public InstanceInfo(BundleContext context) {
        this(context.getProperty(VERSION_PROPERTY), context.getProperty(ENVIRONMENT_PROPERTY));
    }

    InstanceInfo(String version, String environment) {
        this.version = version == null ? "unknown" : version;
        this.environment = environment == null ? "test" : environment;
    }

    public String version() {
        return version;
    }

    public String environment() {
        return environment;
    }
}
