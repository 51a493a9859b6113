package io.flowmason.gateway.internal.openapi;

import io.flowmason.gateway.internal.ApiException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/docs}: Swagger UI, served from the files this bundle carries. Our own page and
 * set-up script come from {@code docs/}, Swagger UI's dist files from the webjar path the
 * {@code FlowMason-Swagger-UI} manifest header names. Public: the page asks for the key itself.
 */
@Component(service = DocsResource.class)
@JakartarsResource
@JakartarsName("flowmason.docs")
@JSONRequired
@Path("api/docs")
public class DocsResource {

    static final String OWN = "docs/";
    static final String SWAGGER_UI_HEADER = "FlowMason-Swagger-UI";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "png", "image/png", "txt", "text/plain; charset=utf-8");

    private final String swaggerUi;

    @Activate
    public DocsResource(BundleContext context) {
        String header = context.getBundle().getHeaders().get(SWAGGER_UI_HEADER);
        this.swaggerUi = header == null ? null : header.trim() + "/";
    }

    @GET
    public Response index() {
        return file("index.html");
    }

    @GET
    @Path("{file: [A-Za-z0-9][A-Za-z0-9._-]*}")
    public Response file(@PathParam("file") String file) {
        String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
        byte[] content = type == null ? null : read(OWN + file);
        if (content == null && type != null && swaggerUi != null) {
            content = read(swaggerUi + file);
        }
        if (content == null) {
            throw new ApiException(Response.Status.NOT_FOUND, "not_found", "/api/docs has no file '" + file + "'.",
                    "Open /api/docs for the API documentation.");
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(file.endsWith(".html") ? 0 : 3600);
        return Response.ok(content, type).cacheControl(cache).header("X-Content-Type-Options", "nosniff").build();
    }

    private static byte[] read(String path) {
        try (InputStream in = DocsResource.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
