package io.flowmason.executor.run;

/**
 * Why a run or a stage failed.
 *
 * @param stage the stage that failed, or null when the pipeline itself did (its output contract)
 * @param code  stable: {@code component_error}, {@code timeout}, {@code invalid_output}, {@code output_too_large},
 *              {@code invalid_input}, {@code component_unavailable}, {@code invalid_result}, {@code internal_error}
 */
public record RunError(String stage, String code, String message) {
}
