package io.flowmason.gateway.internal;

import io.flowmason.executor.ComponentStates;
import io.flowmason.executor.ComponentStatus;
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

    /** {@code abandoned_threads}: the component versions with stage threads still running past their timeouts. */
    public record Health(String status, String version, String environment, List<AbandonedThreads> abandonedThreads) {
    }

    /** One component version's stage threads abandoned after their timeouts; {@code cpu_ms} is what they burnt since. */
    public record AbandonedThreads(String type, String version, String state, int running, long total, long cpuMs) {
    }

    public record Ready(String status, List<String> checks) {
    }

    private final InstanceInfo instance;

    /** Optional: the process answers its liveness probe even while the executor is not up. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ComponentStates states;

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
        List<AbandonedThreads> abandoned = new ArrayList<>();
        ComponentStates now = states;
        for (ComponentStatus status : now == null ? List.<ComponentStatus>of() : now.notable()) {
            ComponentStatus.AbandonedThreads threads = status.abandonedThreads();
            if (threads.running() > 0) {
                abandoned.add(new AbandonedThreads(status.type(), status.version().toString(), status.state().id(), threads.running(),
                        threads.total(), threads.cpuMs()));
            }
        }
        return new Health("UP", instance.version(), instance.environment(), abandoned);
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
