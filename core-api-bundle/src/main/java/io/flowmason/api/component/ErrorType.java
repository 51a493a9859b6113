package io.flowmason.api.component;

/** What kind of failure a {@link ComponentException} reports; shown in traces and run errors. */
public enum ErrorType {
    /** The input does not make sense for the component, although it matched the schema. */
    INVALID_INPUT,
    /** The component's own configuration or environment is wrong (a missing setting, a bad expression). */
    CONFIGURATION,
    /** The LLM provider failed or refused (rate limited, overloaded, bad answer). */
    PROVIDER,
    /** A remote system other than the provider failed. */
    UPSTREAM,
    /** The work did not finish in time. */
    TIMEOUT,
    /** Anything else the component could not do. */
    EXECUTION
}
