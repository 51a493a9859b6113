package io.flowmason.executor.pipeline;

/** One way a run's input breaks the pipeline's {@code input_schema}; {@code path} is a JSON Pointer. */
public record InputViolation(String path, String message) {
}
