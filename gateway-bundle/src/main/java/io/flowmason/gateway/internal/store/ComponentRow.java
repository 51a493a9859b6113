package io.flowmason.gateway.internal.store;

/** A component version a package declares, as recorded in {@code component_registry}. */
public record ComponentRow(String type, String kind, String category) {
}
