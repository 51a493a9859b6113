package io.flowmason.executor.internal.run;

import io.flowmason.executor.internal.mapping.Scope;
import java.util.Map;
import java.util.Set;

/** What templates of one run read: its input, the outputs of finished stages, allowed environment variables, the run's ids. */
final class RunScope implements Scope {

    private final Object input;
    private final Map<String, Object> outputs;
    private final Set<String> envAllowList;
    private final String runId;
    private final String pipelineId;
    private final String environment;
    private final String stageId;

    RunScope(Object input, Map<String, Object> outputs, Set<String> envAllowList, String runId, String pipelineId,
            String environment, String stageId) {
        this.input = input;
        this.outputs = outputs;
        this.envAllowList = envAllowList;
        this.runId = runId;
        this.pipelineId = pipelineId;
        this.environment = environment;
        this.stageId = stageId;
    }

    RunScope forStage(String stage) {
        return new RunScope(input, outputs, envAllowList, runId, pipelineId, environment, stage);
    }

    @Override
    public Object input() {
        return input;
    }

    @Override
    public Object upstream(String stage) {
        return outputs.get(stage);
    }

    @Override
    public String env(String name) {
        return envAllowList.contains(name) ? System.getenv(name) : null;
    }

    @Override
    public Object context(String key) {
        return switch (key) {
            case "run_id" -> runId;
            case "pipeline_id" -> pipelineId;
            case "environment" -> environment;
            case "stage_id" -> stageId;
            default -> null;
        };
    }
}
