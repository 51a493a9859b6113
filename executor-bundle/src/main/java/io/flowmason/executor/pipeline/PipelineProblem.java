package io.flowmason.executor.pipeline;

/**
 * One thing wrong with a pipeline, found before it runs.
 *
 * @param stage      the stage's id, or null for the pipeline itself (its output, its schemas)
 * @param field      the input field or part concerned, or null
 * @param suggestion what to do about it: "did you mean ticket_text?", "available versions: ..."
 */
public record PipelineProblem(String stage, String field, ProblemType errorType, String message, String suggestion) {
}
