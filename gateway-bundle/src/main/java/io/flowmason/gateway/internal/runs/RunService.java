package io.flowmason.gateway.internal.runs;

import io.flowmason.executor.pipeline.CompiledPipeline;
import io.flowmason.executor.pipeline.InputViolation;
import io.flowmason.executor.run.PipelineRunner;
import io.flowmason.executor.run.RunOutcome;
import io.flowmason.executor.run.RunRequest;
import io.flowmason.gateway.internal.ApiException;
import io.flowmason.gateway.internal.HttpStatuses;
import io.flowmason.gateway.internal.limits.UsageLedger;
import io.flowmason.gateway.internal.pipelines.PipelineJson;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs published pipelines for the API: checks the input, runs, and records the run durably
 * before its id reaches the caller (the finished record for a synchronous run, the queued record
 * for an asynchronous one, whose finished record and webhook follow), and counts each finished run's
 * usage.
 */
@Component(service = RunService.class)
public class RunService {

    private static final Logger LOG = LoggerFactory.getLogger(RunService.class);

    private final PipelineRunner runner;
    private final RunStore store;
    private final Webhooks webhooks;
    private final UsageLedger usage;
    private final RunIds runIds = new RunIds(Clock.systemUTC());
    private final ExecutorService answering;
    /** Not called: held so that no run starts before the stored quarantined and disabled versions are given back to the executor. */
    @Reference
    private io.flowmason.gateway.internal.registry.ComponentStateKeeper componentStatesRestored;

    @Activate
    public RunService(@Reference PipelineRunner runner, @Reference RunStore store, @Reference Webhooks webhooks,
            @Reference UsageLedger usage) {
        this.runner = runner;
        this.usage = usage;
        this.store = store;
        this.webhooks = webhooks;
        AtomicInteger count = new AtomicInteger();
        this.answering = Executors.newFixedThreadPool(Math.max(4, Runtime.getRuntime().availableProcessors() * 2), task -> {
            Thread thread = new Thread(task, "flowmason-answer-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Deactivate
    void close() {
        answering.shutdown();
    }

    /**
     * Where the work after a save goes on (answering the caller, starting the run): the store
     * completes saves on its single writer thread, which must not wait on anyone.
     */
    public Executor answering() {
        return answering;
    }

    /** A synchronous run: completes with the recorded run. */
    public CompletionStage<RunRecord> runAndWait(CompiledPipeline pipeline, String version, Object input, String keyId) {
        String runId = newRunId();
        Instant created = Instant.now();
        return runner.run(pipeline, input, new RunRequest(runId, version))
                .thenCompose(outcome -> {
                    countUsage(pipeline, keyId, outcome);
                    RunRecord finished = finished(runId, pipeline, version, input, keyId, null, created, outcome);
                    return store.saveNew(finished).thenApplyAsync(saved -> finished, answering);
                });
    }

    /** An asynchronous run: completes once the queued run is recorded; the run goes on. */
    public CompletionStage<RunRecord> submit(CompiledPipeline pipeline, String version, Object input, String keyId, String webhookUrl) {
        String runId = newRunId();
        Instant created = Instant.now();
        RunRecord queued = new RunRecord(runId, pipeline.definition().id(), version, RunRecord.RUNNING, PipelineJson.text(input),
                null, null, null, null, keyId, webhookUrl, created, created, null);
        return store.saveNew(queued).thenApplyAsync(saved -> {
            runner.run(pipeline, input, new RunRequest(runId, version))
                    .thenCompose(outcome -> {
                        countUsage(pipeline, keyId, outcome);
                        RunRecord finished = finished(runId, pipeline, version, input, keyId, webhookUrl, created, outcome);
                        return store.save(finished).thenApplyAsync(done -> finished, answering);
                    })
                    .thenAccept(finished -> {
                        if (webhookUrl != null) {
                            webhooks.deliver(webhookUrl, RunViews.envelope(finished));
                        }
                    })
                    .exceptionally(failure -> {
                        LOG.error("Asynchronous run {} of {} could not be finished and recorded", runId,
                                pipeline.definition().id(), failure);
                        return null;
                    });
            return queued;
        }, answering);
    }

    /** @throws ApiException 422 with each violation when the input does not match the pipeline's input_schema */
    public static void checkInput(CompiledPipeline pipeline, Object input) {
        List<InputViolation> violations = pipeline.validateInput(input);
        if (!violations.isEmpty()) {
            List<Map<String, Object>> details = violations.stream()
                    .map(v -> Map.<String, Object>of("path", v.path(), "message", v.message())).toList();
            throw new ApiException(HttpStatuses.UNPROCESSABLE, "invalid_input", "The input does not match the input_schema"
                    + " of '" + pipeline.definition().id() + "': " + (violations.get(0).path().isEmpty() ? ""
                    : violations.get(0).path() + ": ") + violations.get(0).message() + ".", details,
                    "Send a JSON object matching the pipeline's input_schema; GET /api/pipelines/" + pipeline.definition().id()
                            + " shows it.");
        }
    }

    private static RunRecord finished(String runId, CompiledPipeline pipeline, String version, Object input, String keyId,
            String webhookUrl, Instant created, RunOutcome outcome) {
        return new RunRecord(runId, pipeline.definition().id(), version, outcome.status().id(), PipelineJson.text(input),
                outcome.result() == null ? null : PipelineJson.text(outcome.result()),
                outcome.error() == null ? null : RunViews.errorJson(outcome.error()),
                RunViews.usageJson(outcome.usage()), RunViews.spansJson(outcome.spans()),
                keyId, webhookUrl, created, created, Instant.now());
    }

    /** Counts the finished run's usage in memory (for quotas at once, in usage_daily with the next batch). */
    private void countUsage(CompiledPipeline pipeline, String keyId, RunOutcome outcome) {
        try {
            usage.record(keyId, pipeline.definition().id(), outcome.spans(), outcome.usage());
        } catch (RuntimeException e) {
            LOG.error("The usage of a run of {} could not be counted", pipeline.definition().id(), e);
        }
    }

    private String newRunId() {
        return runIds.next();
    }

}
