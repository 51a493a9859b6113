package io.flowmason.gateway.internal.registry;

import io.flowmason.gateway.internal.keys.RequestKey;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.media.multipart.FormDataContentDisposition;
import org.glassfish.jersey.media.multipart.FormDataParam;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code GET /api/packages} and {@code POST /api/packages/upload}. */
@Component(service = PackagesResource.class)
@JakartarsResource
@JakartarsName("flowmason.packages")
@JSONRequired
@Path("api/packages")
@Produces(MediaType.APPLICATION_JSON)
public class PackagesResource {

    private final PackageViews views;
    private final PackageUpload upload;

    @Activate
    public PackagesResource(@Reference PackageViews views, @Reference PackageUpload upload) {
        this.views = views;
        this.upload = upload;
    }

    @GET
    public Map<String, List<PackageView>> list() throws SQLException {
        return Map.of("packages", views.all());
    }

    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@FormDataParam("file") InputStream file, @FormDataParam("file") FormDataContentDisposition sent,
            @Context ContainerRequestContext request) throws IOException, SQLException {
        return upload.accept(file, sent == null ? null : sent.getFileName(), RequestKey.actor(request));
    }
}
