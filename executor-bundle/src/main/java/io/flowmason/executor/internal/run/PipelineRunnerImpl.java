package io.flowmason.executor.internal.run;

import io.flowmason.executor.internal.pipeline.CompiledPipelineImpl;
import io.flowmason.executor.internal.limits.RunLimits;
import io.flowmason.executor.internal.pipeline.EnvAllowList;
import io.flowmason.executor.internal.providers.ProviderRegistry;
import io.flowmason.executor.internal.registry.LiveComponentRegistry;
import io.flowmason.executor.internal.validation.SchemaValidator;
import io.flowmason.executor.pipeline.CompiledPipeline;
import io.flowmason.executor.run.PipelineRunner;
import io.flowmason.executor.run.RunOutcome;
import io.flowmason.executor.run.RunRequest;
import java.util.concurrent.CompletionStage;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Runs compiled pipelines: each run is a {@link DagRun} whose stages take the universal path of {@link StageInvoker}. */
@Component(service = PipelineRunner.class)
public class PipelineRunnerImpl implements PipelineRunner {

    private final StageInvoker invoker;
    private final EnvAllowList envAllowList;
    private final String environment;
    private final RunLimits limits;

    @Activate
    public PipelineRunnerImpl(BundleContext context, @Reference LiveComponentRegistry registry, @Reference ProviderRegistry providers,
            @Reference StageThreads threads, @Reference SchemaValidator validator, @Reference EnvAllowList envAllowList) {
        this.environment = String.valueOf(context.getProperty("flowmason.environment"));
        this.envAllowList = envAllowList;
        this.limits = RunLimits.of(context::getProperty);
        this.invoker = new StageInvoker(registry, providers, threads, validator, environment, limits);
    }

    @Override
    public CompletionStage<RunOutcome> run(CompiledPipeline pipeline, Object input, RunRequest request) {
        if (!(pipeline instanceof CompiledPipelineImpl compiled)) {
            throw new IllegalArgumentException("not a pipeline this executor compiled: " + pipeline);
        }
        return DagRun.create(compiled, invoker, input, envAllowList.names(), request.runId(), environment, limits).start();
    }
}
