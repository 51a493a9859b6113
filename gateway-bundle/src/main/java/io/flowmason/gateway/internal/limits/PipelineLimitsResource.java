package io.flowmason.gateway.internal.limits;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flowmason.gateway.internal.ApiException;
import io.flowmason.gateway.internal.pipelines.PipelineJson;
import io.flowmason.gateway.internal.store.PipelineStore;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/**
 * {@code GET} and {@code PUT /api/pipelines/{id}/limits}: a pipeline's rate limits and monthly budgets,
 * {@code rate_limit_per_minute}, {@code rate_limit_per_hour}, {@code monthly_token_budget} and
 * {@code monthly_usd_budget}, each null for none. A PUT replaces all four.
 */
@Component(service = PipelineLimitsResource.class)
@JakartarsResource
@JakartarsName("flowmason.pipeline.limits")
@JSONRequired
@Path("api/pipelines/{id}/limits")
@Produces(MediaType.APPLICATION_JSON)
public class PipelineLimitsResource {

    static final Set<String> FIELDS = Set.of("rate_limit_per_minute", "rate_limit_per_hour", "monthly_token_budget", "monthly_usd_budget");

    private final PipelineStore pipelines;
    private final PipelineLimitsStore limits;

    @Activate
    public PipelineLimitsResource(@Reference PipelineStore pipelines, @Reference PipelineLimitsStore limits) {
        this.pipelines = pipelines;
        this.limits = limits;
    }

    @GET
    public Map<String, Object> get(@PathParam("id") String id) throws SQLException {
        known(id);
        return view(id, limits.get(id));
    }

    @PUT
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Map<String, Object> put(@PathParam("id") String id, String body) throws SQLException {
        known(id);
        PipelineLimits parsed = parse(body);
        limits.put(id, parsed);
        return view(id, parsed);
    }

    static PipelineLimits parse(String body) {
        Object tree;
        try {
            tree = body == null || body.isBlank() ? Map.of() : PipelineJson.tree(body);
        } catch (JsonProcessingException e) {
            throw invalid("The limits are not valid JSON: " + e.getOriginalMessage() + ".");
        }
        if (!(tree instanceof Map<?, ?> fields)) {
            throw invalid("The limits must be a JSON object.");
        }
        for (Object name : fields.keySet()) {
            if (!FIELDS.contains(name)) {
                throw invalid("'" + name + "' is not a limit.");
            }
        }
        Long perMinute = whole(fields, "rate_limit_per_minute", 1);
        Long perHour = whole(fields, "rate_limit_per_hour", 1);
        if (perMinute != null && perMinute > Integer.MAX_VALUE || perHour != null && perHour > Integer.MAX_VALUE) {
            throw invalid("A rate limit must be at most " + Integer.MAX_VALUE + ".");
        }
        Object usd = fields.get("monthly_usd_budget");
        if (usd != null && (!(usd instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() != n.doubleValue())) {
            throw invalid("monthly_usd_budget must be a number of 0 or more, or null.");
        }
        return new PipelineLimits(perMinute == null ? null : perMinute.intValue(), perHour == null ? null : perHour.intValue(),
                whole(fields, "monthly_token_budget", 0), usd == null ? null : ((Number) usd).doubleValue());
    }

    private static Long whole(Map<?, ?> fields, String name, long least) {
        Object value = fields.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() < least) {
            throw invalid(name + " must be a whole number of " + least + " or more, or null.");
        }
        return ((Number) value).longValue();
    }

    private void known(String id) throws SQLException {
        if (pipelines.find(id).isEmpty()) {
            throw new ApiException(Response.Status.NOT_FOUND, "pipeline_not_found", "No pipeline has the id '" + id + "'.",
                    "GET /api/pipelines lists the pipelines.");
        }
    }

    private static ApiException invalid(String message) {
        return new ApiException(Response.Status.BAD_REQUEST, "invalid_limits", message, "Send {\"rate_limit_per_minute\": 60,"
                + " \"rate_limit_per_hour\": 1000, \"monthly_token_budget\": 1000000, \"monthly_usd_budget\": 50.0}; null for none.");
    }

    private static Map<String, Object> view(String id, PipelineLimits limits) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("pipeline_id", id);
        view.put("rate_limit_per_minute", limits.perMinute());
        view.put("rate_limit_per_hour", limits.perHour());
        view.put("monthly_token_budget", limits.monthlyTokenBudget());
        view.put("monthly_usd_budget", limits.monthlyUsdBudget());
        return view;
    }
}
