package io.flowmason.gateway.internal.store;

/**
 * The exact component version a stage of a published pipeline version resolved to, and the package
 * that carried it (a row of {@code pipeline_lock}).
 */
public record StageLock(String stageId, String componentType, String componentVersion, String packageName) {
}
