package io.flowmason.executor.pipeline;

/** The exact component version a stage resolved to; what publishing records for each stage. */
public record ComponentLock(String stageId, String type, String version, String packageName) {
}
