package io.flowmason.gateway.internal.openapi;

import io.flowmason.executor.pipeline.CompiledPipeline;
import io.flowmason.executor.pipeline.PipelineDefinition;
import io.flowmason.gateway.internal.pipelines.PipelineService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code GET /api/pipelines/{id}/openapi.json}: the OpenAPI document of one pipeline version's run
 * endpoint, the latest published unless {@code version} names one ({@code draft} for the draft);
 * 404 and 409 as the run endpoint answers them. It needs an API key like the rest of the API.
 */
@Component(service = PipelineOpenApiResource.class)
@JakartarsResource
@JakartarsName("flowmason.openapi.pipeline")
@JSONRequired
@Path("api/pipelines/{id}/openapi.json")
@Produces(MediaType.APPLICATION_JSON)
public class PipelineOpenApiResource {

    private final PipelineService pipelines;

    @Activate
    public PipelineOpenApiResource(@Reference PipelineService pipelines) {
        this.pipelines = pipelines;
    }

    @GET
    public Map<String, Object> document(@PathParam("id") String id, @QueryParam("version") String version) throws SQLException {
        CompiledPipeline pipeline = pipelines.runnable(id, version);
        PipelineDefinition definition = pipeline.definition();
        boolean draft = version != null && PipelineService.DRAFT.equals(version.trim());
        return PipelineDocument.build(definition, draft ? PipelineService.DRAFT : definition.version());
    }
}
