package io.flowmason.gateway.internal.runs;

import io.flowmason.gateway.internal.ApiException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** Recorded runs: one run's envelope, its trace, and the list with filters and paging. */
@Component(service = RunsResource.class)
@JakartarsResource
@JakartarsName("flowmason.runs")
@JSONRequired
@Path("api/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunsResource {

    private static final Set<String> STATUSES = Set.of("queued", "running", "completed", "failed");
    private static final int MAX_LIMIT = 200;

    private final RunStore store;

    @Activate
    public RunsResource(@Reference RunStore store) {
        this.store = store;
    }

    @GET
    public Map<String, Object> list(@QueryParam("pipeline_id") String pipelineId, @QueryParam("status") String status,
            @QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("offset") @DefaultValue("0") int offset)
            throws SQLException {
        if (status != null && !STATUSES.contains(status)) {
            throw new ApiException(Response.Status.BAD_REQUEST, "invalid_status", "'" + status + "' is not a run status.",
                    "Use one of " + STATUSES + ".");
        }
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw new ApiException(Response.Status.BAD_REQUEST, "invalid_paging", "limit must be 1 to " + MAX_LIMIT
                    + " and offset 0 or more.", "Page with ?limit=50&offset=50.");
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("runs", store.list(pipelineId, status, limit, offset).stream().map(RunViews::envelope).toList());
        page.put("total", store.count(pipelineId, status));
        page.put("limit", limit);
        page.put("offset", offset);
        return page;
    }

    @GET
    @Path("{runId}")
    public Map<String, Object> get(@PathParam("runId") String runId) throws SQLException {
        return RunViews.envelope(find(runId));
    }

    @GET
    @Path("{runId}/trace")
    public Map<String, Object> trace(@PathParam("runId") String runId) throws SQLException {
        return RunViews.trace(find(runId));
    }

    private RunRecord find(String runId) throws SQLException {
        return store.find(runId).orElseThrow(() -> new ApiException(Response.Status.NOT_FOUND, "run_not_found",
                "No run has the id '" + runId + "'.", "GET /api/runs lists the recorded runs."));
    }
}
