package io.flowmason.gateway.internal.pipelines;

import io.flowmason.executor.pipeline.PipelineDefinition;
import io.flowmason.gateway.internal.keys.RequestKey;
import io.flowmason.gateway.internal.store.AuditStore;
import io.flowmason.gateway.internal.store.PublishedVersion;
import io.flowmason.gateway.internal.store.StoredPipeline;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** Pipelines: create, replace the draft, read, list, delete, publish, and the published versions. */
@Component(service = PipelinesResource.class)
@JakartarsResource
@JakartarsName("flowmason.pipelines")
@JSONRequired
@Path("api/pipelines")
@Produces(MediaType.APPLICATION_JSON)
public class PipelinesResource {

    private final PipelineService pipelines;
    private final AuditStore audit;

    @Activate
    public PipelinesResource(@Reference PipelineService pipelines, @Reference AuditStore audit) {
        this.pipelines = pipelines;
        this.audit = audit;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body, @Context ContainerRequestContext request) throws SQLException {
        PipelineDefinition created = pipelines.create(PipelineJson.read(body));
        audit.record(RequestKey.actor(request), "pipeline.create", created.id(), Map.of("version", String.valueOf(created.version())));
        return Response.created(URI.create("/api/pipelines/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PipelineDefinition replace(@PathParam("id") String id, String body, @Context ContainerRequestContext request)
            throws SQLException {
        PipelineDefinition replaced = pipelines.replaceDraft(id, PipelineJson.read(body));
        audit.record(RequestKey.actor(request), "pipeline.replace", id, Map.of("version", String.valueOf(replaced.version())));
        return replaced;
    }

    @GET
    public Map<String, List<Map<String, Object>>> list() throws SQLException {
        return Map.of("pipelines", pipelines.list().stream().map(PipelinesResource::summary).toList());
    }

    @GET
    @Path("{id}")
    public PipelineDefinition get(@PathParam("id") String id) throws SQLException {
        return pipelines.draft(id);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Context ContainerRequestContext request) throws SQLException {
        pipelines.delete(id);
        audit.record(RequestKey.actor(request), "pipeline.delete", id, Map.of());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/publish")
    public Response publish(@PathParam("id") String id, @Context ContainerRequestContext request) throws SQLException {
        PublishedVersion published = pipelines.publish(id, RequestKey.actor(request));
        audit.record(RequestKey.actor(request), "pipeline.publish", id, Map.of("version", published.version()));
        return Response.status(Response.Status.CREATED).entity(version(published)).build();
    }

    @GET
    @Path("{id}/versions")
    public Map<String, List<Map<String, Object>>> versions(@PathParam("id") String id) throws SQLException {
        return Map.of("versions", pipelines.versions(id).stream().map(PipelinesResource::version).toList());
    }

    private static Map<String, Object> summary(StoredPipeline pipeline) {
        Map<String, Object> summary = new LinkedHashMap<>();
        PipelineDefinition definition = PipelineJson.readStored(pipeline.definitionJson());
        summary.put("id", pipeline.id());
        summary.put("name", definition.name());
        summary.put("version", definition.version());
        summary.put("description", definition.description());
        summary.put("stages", definition.stages().size());
        summary.put("created_at", pipeline.createdAt());
        summary.put("updated_at", pipeline.updatedAt());
        return summary;
    }

    private static Map<String, Object> version(PublishedVersion published) {
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("pipeline_id", published.pipelineId());
        version.put("version", published.version());
        version.put("published_at", published.publishedAt());
        version.put("published_by", published.publishedBy());
        version.put("locks", published.locks().stream().map(l -> Map.of("stage_id", l.stageId(), "type", l.componentType(),
                "version", l.componentVersion(), "package_name", String.valueOf(l.packageName()))).toList());
        return version;
    }
}
