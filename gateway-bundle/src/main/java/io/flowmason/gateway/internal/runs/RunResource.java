package io.flowmason.gateway.internal.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flowmason.executor.pipeline.CompiledPipeline;
import io.flowmason.gateway.internal.ApiError;
import io.flowmason.gateway.internal.ApiException;
import io.flowmason.gateway.internal.StrictUtf8;
import io.flowmason.gateway.internal.limits.Admission;
import io.flowmason.gateway.internal.limits.Caller;
import io.flowmason.gateway.internal.limits.CallerResolver;
import io.flowmason.gateway.internal.limits.RateDecision;
import io.flowmason.gateway.internal.limits.RunAdmission;
import io.flowmason.gateway.internal.pipelines.PipelineJson;
import io.flowmason.gateway.internal.pipelines.PipelineService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code POST /api/pipelines/{id}/run}: a published version (or the draft) run synchronously, or
 * asynchronously with {@code Prefer: respond-async} or {@code ?async=true}. The method answers a
 * completion stage, so the request thread is released while the run goes on (and Jersey needs no
 * injected {@code AsyncResponse}, a lookup on every run); an answer known at once, such as a 429,
 * is written on the request thread. Each request is admitted first ({@link RunAdmission}), before the
 * pipeline is looked up and the body read: a refused one answers 429 with {@code Retry-After} and is
 * neither run nor recorded; an admitted one counts against the limits even when it then fails (404,
 * 400, 422), so that a flood of bad requests is refused as cheaply as a flood of good ones, and a run
 * answers with the {@code RateLimit-*} headers of its tightest window (none when no limit applies).
 */
@Component(service = RunResource.class)
@JakartarsResource
@JakartarsName("flowmason.run")
@JSONRequired
@Path("api/pipelines/{id}/run")
@Produces(MediaType.APPLICATION_JSON)
public class RunResource {

    private final PipelineService pipelines;
    private final RunService runs;
    private final CallerResolver callers;
    private final RunAdmission admission;
    private final WebhookTargets webhooks;

    @Activate
    public RunResource(BundleContext context, @Reference PipelineService pipelines, @Reference RunService runs,
            @Reference CallerResolver callers, @Reference RunAdmission admission) {
        this.webhooks = new WebhookTargets("production".equals(context.getProperty("flowmason.environment")));
        this.pipelines = pipelines;
        this.runs = runs;
        this.callers = callers;
        this.admission = admission;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public CompletionStage<Response> run(@PathParam("id") String id, InputStream body, @Context ContainerRequestContext request)
            throws SQLException, IOException {
        // Admission comes before any work the request asks for: a refused caller costs a 429, not a
        // pipeline lookup, a body read and a validation. It is decided on the id in the path, so a
        // pipeline that does not exist answers 429 too while the caller is over its limit.
        Caller caller = callers.resolve(request);
        Admission admitted = admission.admit(caller, id);
        if (admitted instanceof Admission.Refused refused) {
            return CompletableFuture.completedFuture(Response.status(429).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of(refused.code(), refused.message(), refused.suggestion()))
                    .header("Retry-After", refused.retryAfterSeconds()).build());
        }
        RateDecision window = ((Admission.Admitted) admitted).tightest();
        // Query parameters and headers are read from the request, not injected one by one: each
        // injected parameter costs Jersey a provider lookup on every run.
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        String version = query.getFirst("version");
        boolean asyncQuery = flag(query.getFirst("async"));
        String prefer = request.getHeaderString("Prefer");
        String webhookQuery = query.getFirst("webhook_url");
        String webhookHeader = request.getHeaderString("X-Webhook-Url");
        CompiledPipeline pipeline = pipelines.runnable(id, version);
        String runVersion = version == null || version.isBlank() ? pipeline.definition().version()
                : PipelineService.DRAFT.equals(version.trim()) ? PipelineService.DRAFT : version.trim();
        Object input = input(StrictUtf8.read(body));
        RunService.checkInput(pipeline, input);
        String webhook = webhooks.check(webhookQuery != null ? webhookQuery : webhookHeader);
        boolean async = asyncQuery || (prefer != null && prefer.toLowerCase().contains("respond-async")) || webhook != null;
        String keyId = caller.keyId();
        if (async) {
            return runs.submit(pipeline, runVersion, input, keyId, webhook).thenApply(queued -> {
                Map<String, Object> accepted = new LinkedHashMap<>();
                accepted.put("run_id", queued.runId());
                accepted.put("pipeline_id", queued.pipelineId());
                accepted.put("pipeline_version", queued.pipelineVersion());
                accepted.put("status", queued.status());
                accepted.put("status_url", "/api/runs/" + queued.runId());
                return rateLimit(Response.accepted(accepted).location(URI.create("/api/runs/" + queued.runId()))
                        .header("Preference-Applied", "respond-async"), window).build();
            });
        }
        return runs.runAndWait(pipeline, runVersion, input, keyId)
                .thenApply(finished -> rateLimit(Response.ok(RunViews.envelope(finished)), window).build());
    }

    private static Response.ResponseBuilder rateLimit(Response.ResponseBuilder answer, RateDecision window) {
        if (window.limited()) {
            // Strings, not numbers: Jersey looks up a header delegate for every value that is not a String.
            answer.header("RateLimit-Limit", String.valueOf(window.limit()))
                    .header("RateLimit-Remaining", String.valueOf(window.remaining()))
                    .header("RateLimit-Reset", String.valueOf(Math.max(0, window.resetEpochSecond() - Instant.now().getEpochSecond())));
        }
        return answer;
    }

    private static boolean flag(String value) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.isEmpty() || value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new ApiException(Response.Status.BAD_REQUEST, "invalid_parameter", "The query parameter async is '" + value
                + "'; it takes true or false.", "Send ?async=true for an asynchronous run, or leave it out.");
    }

    private static Object input(String body) {
        if (body == null || body.isBlank()) {
            return Map.of();
        }
        try {
            return PipelineJson.tree(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new ApiException(Response.Status.BAD_REQUEST, "invalid_json", "The run input is not valid JSON" + where + ": "
                    + e.getOriginalMessage() + ".", "Send the pipeline's input as a JSON object.");
        }
    }

}
