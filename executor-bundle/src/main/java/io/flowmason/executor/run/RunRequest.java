package io.flowmason.executor.run;

/** Who and what a run is: its id (chosen by the caller, so it can be recorded first) and the pipeline version. */
public record RunRequest(String runId, String pipelineVersion) {
}
