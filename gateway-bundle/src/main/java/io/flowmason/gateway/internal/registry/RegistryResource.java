package io.flowmason.gateway.internal.registry;

import io.flowmason.executor.ComponentInfo;
import io.flowmason.executor.ComponentNotFoundException;
import io.flowmason.executor.ComponentRegistry;
import io.flowmason.executor.ComponentStates;
import io.flowmason.executor.ComponentStatus;
import io.flowmason.executor.VersionSpec;
import io.flowmason.gateway.internal.ApiException;
import io.flowmason.gateway.internal.keys.RequestKey;
import io.flowmason.gateway.internal.packages.PackageInstaller;
import io.flowmason.gateway.internal.packages.PackageRejected;
import io.flowmason.gateway.internal.store.AuditStore;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.media.multipart.FormDataContentDisposition;
import org.glassfish.jersey.media.multipart.FormDataParam;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** The registry of deployed components: list, one type with its versions, deploy, removal, refresh. */
@Component(service = RegistryResource.class)
@JakartarsResource
@JakartarsName("flowmason.registry")
@JSONRequired
@Path("api/registry")
@Produces(MediaType.APPLICATION_JSON)
public class RegistryResource {

    private final BundleContext context;
    private final ComponentRegistry registry;
    private final PackageInstaller installer;
    private final PackageUpload upload;
    private final AuditStore audit;
    private final ComponentStates states;
    private final ComponentStateKeeper keeper;

    @Activate
    public RegistryResource(BundleContext context, @Reference ComponentRegistry registry, @Reference PackageInstaller installer,
            @Reference PackageUpload upload, @Reference AuditStore audit, @Reference ComponentStates states,
            @Reference ComponentStateKeeper keeper) {
        this.audit = audit;
        this.states = states;
        this.keeper = keeper;
        this.context = context;
        this.registry = registry;
        this.installer = installer;
        this.upload = upload;
    }

    /** The same action as {@code POST /api/packages/upload}. */
    @POST
    @Path("deploy")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response deploy(@FormDataParam("file") InputStream file, @FormDataParam("file") FormDataContentDisposition sent,
            @Context ContainerRequestContext request) throws IOException, SQLException {
        return upload.accept(file, sent == null ? null : sent.getFileName(), RequestKey.actor(request));
    }

    @GET
    @Path("components")
    public Map<String, List<ComponentView>> list(@QueryParam("category") String category, @QueryParam("kind") String kind,
            @QueryParam("include_inactive") @DefaultValue("false") boolean includeInactive) {
        return Map.of("components", registry.components(includeInactive).stream()
                .filter(c -> category == null || category.equals(c.category()))
                .filter(c -> kind == null || kind.equals(c.kind().id()))
                .map(c -> view(c, null))
                .toList());
    }

    @GET
    @Path("components/{type}")
    public ComponentView one(@PathParam("type") String type, @QueryParam("version") String version) {
        VersionSpec spec = spec(version);
        List<String> versions = registry.versions(type).stream().map(c -> c.version().toString()).toList();
        try {
            return view(registry.resolve(type, spec), versions);
        } catch (ComponentNotFoundException e) {
            throw notFound(type, e);
        }
    }

    @DELETE
    @Path("components/{type}/{version}")
    public Response remove(@PathParam("type") String type, @PathParam("version") String version,
            @Context ContainerRequestContext request) {
        ComponentInfo component = installed(type, version);
        Bundle bundle = context.getBundle(component.bundleId());
        if (bundle == null) {
            return Response.noContent().build();
        }
        String actor = RequestKey.actor(request);
        try {
            installer.remove(bundle, actor);
        } catch (PackageRejected rejected) {
            throw Rejections.toApi(rejected);
        }
        audit.record(actor, "package.delete", bundle.getSymbolicName(), Map.of("version", bundle.getVersion().toString(),
                "component", type + " " + version));
        return Response.noContent().build();
    }

    /** Refuses runs of this version until it is enabled; the body {@code {"reason": "..."}} is optional. */
    @POST
    @Path("components/{type}/{version}/disable")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public ComponentView disable(@PathParam("type") String type, @PathParam("version") String version, String body,
            @Context ContainerRequestContext request) throws SQLException {
        ComponentInfo component = installed(type, version);
        String reason = DisableRequest.reason(body);
        states.disable(type, component.version(), reason);
        audit.record(RequestKey.actor(request), "component.disable", type + " " + component.version(),
                reason == null ? Map.of() : Map.of("reason", reason));
        return view(component, null, keeper.save(type, component.version()));
    }

    /** Makes a quarantined or disabled version active again, its count of abandoned threads toward quarantine reset. */
    @POST
    @Path("components/{type}/{version}/enable")
    public ComponentView enable(@PathParam("type") String type, @PathParam("version") String version,
            @Context ContainerRequestContext request) throws SQLException {
        ComponentInfo component = installed(type, version);
        ComponentStatus before = states.status(type, component.version());
        states.enable(type, component.version());
        audit.record(RequestKey.actor(request), "component.enable", type + " " + component.version(),
                Map.of("was", before.state().id()));
        return view(component, null, keeper.save(type, component.version()));
    }

    /** Resolves and starts every package bundle that is not running yet, then answers the component list. */
    @POST
    @Path("refresh")
    public Map<String, List<ComponentView>> refresh() {
        context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(null);
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getHeaders("").get(io.flowmason.api.component.ComponentNamespace.PACKAGE_HEADER) != null
                    && bundle.getState() == Bundle.RESOLVED) {
                try {
                    bundle.start();
                } catch (BundleException e) {
                    // stays visible in GET /api/packages with its load_error
                }
            }
        }
        return list(null, null, false);
    }

    private ComponentInfo installed(String type, String version) {
        return registry.find(type, exactVersion(version)).orElseThrow(() -> new ApiException(
                Response.Status.NOT_FOUND, "component_not_found", "No component '" + type + "' of version " + version + " is installed.",
                List.of(), "GET /api/registry/components/" + type + " lists its versions."));
    }

    private ComponentView view(ComponentInfo info, List<String> versions) {
        return view(info, versions, states.status(info.type(), info.version()));
    }

    private static ComponentView view(ComponentInfo info, List<String> versions, ComponentStatus status) {
        return ComponentView.of(info, versions, status);
    }

    private ApiException notFound(String type, ComponentNotFoundException e) {
        if (e.installedVersions().isEmpty()) {
            List<String> known = registry.components(true).stream().map(ComponentInfo::type).distinct()
                    .sorted(Comparator.comparingInt(t -> Similarity.distance(t, type))).limit(3).toList();
            return new ApiException(Response.Status.NOT_FOUND, "component_not_found", "No component of type '" + type + "' is deployed.",
                    List.of(), known.isEmpty() ? "Deploy a package that provides it." : "Did you mean " + String.join(", ", known) + "?");
        }
        return new ApiException(Response.Status.NOT_FOUND, "component_version_not_found", e.getMessage() + ".", e.installedVersions(),
                "Available versions: " + String.join(", ", e.installedVersions()) + ".");
    }

    private static VersionSpec spec(String version) {
        try {
            return VersionSpec.parse(version);
        } catch (IllegalArgumentException e) {
            throw new ApiException(Response.Status.BAD_REQUEST, "invalid_version_spec", e.getMessage() + ".",
                    "Write 1.2.0 (meaning [1.2.0,2.0.0)), =1.2.0, or an OSGi range such as [1.2,1.3).");
        }
    }

    private static Version exactVersion(String version) {
        try {
            return Version.parseVersion(version);
        } catch (IllegalArgumentException e) {
            throw new ApiException(Response.Status.BAD_REQUEST, "invalid_version", "'" + version + "' is not a version.",
                    "Give the exact version, such as 1.2.0.");
        }
    }
}
