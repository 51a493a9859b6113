package io.flowmason.api.component;

/**
 * Names shared by the annotations, the platform and tools: the capability namespace a package's
 * manifest uses to say which components it provides, and the service properties of a component.
 */
public final class ComponentNamespace {

    /** Capability namespace: {@code flowmason.component;type=...;kind=node|operator}. */
    public static final String NAMESPACE = "flowmason.component";

    /** Prefix of every component service property written by {@link Node} and {@link Operator}. */
    public static final String PROPERTY_PREFIX = "flowmason.component.";

    public static final String TYPE = PROPERTY_PREFIX + "type";
    public static final String CATEGORY = PROPERTY_PREFIX + "category";
    public static final String DESCRIPTION = PROPERTY_PREFIX + "description";
    public static final String RECOMMENDED_PROVIDERS = PROPERTY_PREFIX + "recommendedProviders";
    public static final String REQUIRED_CAPABILITIES = PROPERTY_PREFIX + "requiredCapabilities";

    /** Manifest header holding a package's display name, such as {@code @flowmason/json-transform}. */
    public static final String PACKAGE_HEADER = "FlowMason-Package";

    /** Path inside a package of the descriptor with each component's metadata and JSON Schemas. */
    public static final String DESCRIPTOR_PATH = "OSGI-INF/flowmason/components.json";

    private ComponentNamespace() {
    }
}
