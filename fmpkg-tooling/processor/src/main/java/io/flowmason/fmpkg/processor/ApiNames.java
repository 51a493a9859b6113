package io.flowmason.fmpkg.processor;

/**
 * Qualified names of the API types the processor looks for. Kept as strings so the processor loads
 * no API class on javac's processor path; a test checks them against the real classes.
 */
final class ApiNames {

    static final String NODE = "io.flowmason.api.component.Node";
    static final String OPERATOR = "io.flowmason.api.component.Operator";
    static final String NODE_COMPONENT = "io.flowmason.api.component.NodeComponent";
    static final String OPERATOR_COMPONENT = "io.flowmason.api.component.OperatorComponent";
    static final String ASYNC_OPERATOR_COMPONENT = "io.flowmason.api.component.AsyncOperatorComponent";
    static final String DESCRIPTION = "io.flowmason.api.component.Description";
    static final String REQUIRED = "io.flowmason.api.component.Required";
    static final String DEFAULT_VALUE = "io.flowmason.api.component.DefaultValue";
    static final String DEFERRED = "io.flowmason.api.component.Deferred";
    /** Same as {@code Deferred.SCHEMA_KEYWORD}. */
    static final String DEFERRED_KEYWORD = "x-flowmason-deferred";
    static final String DS_COMPONENT = "org.osgi.service.component.annotations.Component";
    static final String EXPORT = "org.osgi.annotation.bundle.Export";

    /** Same as {@code ComponentNamespace.DESCRIPTOR_PATH}. */
    static final String DESCRIPTOR_PATH = "OSGI-INF/flowmason/components.json";

    private ApiNames() {
    }
}
