package io.flowmason.gateway.internal.openapi;

import io.flowmason.gateway.internal.InstanceInfo;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code GET /api/openapi.json}: the OpenAPI document of the whole instance API. It needs an API key like the rest. */
@Component(service = InstanceOpenApiResource.class)
@JakartarsResource
@JakartarsName("flowmason.openapi.instance")
@JSONRequired
@Path("api/openapi.json")
@Produces(MediaType.APPLICATION_JSON)
public class InstanceOpenApiResource {

    private final InstanceInfo instance;

    @Activate
    public InstanceOpenApiResource(@Reference InstanceInfo instance) {
        this.instance = instance;
    }

    @GET
    public Map<String, Object> document() {
        return InstanceDocument.build(instance.version());
    }
}
