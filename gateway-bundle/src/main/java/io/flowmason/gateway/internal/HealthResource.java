package io.flowmason.gateway.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code GET /api/health} (the process answers) and {@code GET /api/ready} (it can do its work). */
@Component(service = HealthResource.class)
@JakartarsResource
@JakartarsName("flowmason.health")
@JSONRequired
@Path("api")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    public record Health(String status, String version, String environment) {
    }

    public record Ready(String status, List<String> checks) {
    }

    private final InstanceInfo instance;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private final List<ReadinessCheck> checks = new CopyOnWriteArrayList<>();

    @Activate
    public HealthResource(@Reference InstanceInfo instance) {
        this.instance = instance;
    }

    @GET
    @Path("health")
    public Health health() {
        return new Health("UP", instance.version(), instance.environment());
    }

    @GET
    @Path("ready")
    public Response ready() {
        List<String> names = new ArrayList<>();
        List<Map<String, String>> problems = new ArrayList<>();
        for (ReadinessCheck check : checks) {
            names.add(check.name());
            for (String problem : check.problems()) {
                problems.add(Map.of("check", check.name(), "message", problem));
            }
        }
        if (problems.isEmpty()) {
            return Response.ok(new Ready("READY", names)).build();
        }
        return ErrorResponses.json(Response.Status.SERVICE_UNAVAILABLE, ApiError.of("not_ready",
                "The instance is not ready: " + problems.get(0).get("message"), problems,
                "Wait for start-up to finish; if this persists, fix the problems listed in details."));
    }
}
