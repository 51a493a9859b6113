package io.flowmason.gateway.internal.keys;

import io.flowmason.gateway.internal.ApiException;
import io.flowmason.gateway.internal.store.AuditStore;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/**
 * {@code /api/keys}: create a key (its raw value is in this answer only), list keys (never the raw
 * key or its hash), revoke one. The filter has checked {@code keys:admin} already; a key other than
 * the owner's may only hand out permissions it holds itself.
 */
@Component(service = KeysResource.class)
@JakartarsResource
@JakartarsName("flowmason.keys")
@JSONRequired
@Path("api/keys")
@Produces(MediaType.APPLICATION_JSON)
public class KeysResource {

    private final ApiKeys keys;
    private final AuditStore audit;

    @Activate
    public KeysResource(@Reference ApiKeys keys, @Reference AuditStore audit) {
        this.keys = keys;
        this.audit = audit;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response create(String body, @Context ContainerRequestContext request) throws SQLException {
        NewKey wanted = KeyRequest.parse(body);
        KeyIdentity caller = RequestKey.of(request);
        if (caller != null && !caller.permissions().containsAll(wanted.permissions())) {
            throw new ApiException(Response.Status.FORBIDDEN, "forbidden", "The key '" + caller.name()
                    + "' cannot grant permissions it does not hold itself.", "Create this key with the owner key.");
        }
        ApiKeys.Created created = keys.create(wanted);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", created.key().id());
        view.put("key", created.rawKey());
        view.putAll(view(created.key()));
        audit.record(RequestKey.actor(request), "key.create", created.key().id(), Map.of("name", wanted.name(),
                "permissions", permissionIds(created.key())));
        return Response.created(URI.create("/api/keys/" + created.key().id())).entity(view).build();
    }

    @GET
    public Map<String, List<Map<String, Object>>> list() throws SQLException {
        return Map.of("keys", keys.list().stream().map(KeysResource::view).toList());
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id, @Context ContainerRequestContext request) throws SQLException {
        if (!keys.revoke(id)) {
            throw new ApiException(Response.Status.NOT_FOUND, "key_not_found", "No API key has the id '" + id + "'.",
                    "GET /api/keys lists the keys and their ids.");
        }
        audit.record(RequestKey.actor(request), "key.revoke", id, Map.of());
        return Response.noContent().build();
    }

    private static Map<String, Object> view(StoredKey key) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", key.id());
        view.put("name", key.name());
        view.put("prefix", key.prefix());
        view.put("permissions", permissionIds(key));
        view.put("pipelines", List.copyOf(key.pipelines()));
        view.put("expires_at", key.expiresAt());
        view.put("rate_limit_per_minute", key.rateLimitPerMinute());
        view.put("rate_limit_per_hour", key.rateLimitPerHour());
        view.put("monthly_token_budget", key.budget().monthlyTokens());
        view.put("monthly_usd_budget", key.budget().monthlyUsd());
        view.put("created_at", key.createdAt());
        view.put("last_used_at", key.lastUsedAt());
        view.put("revoked", key.revokedAt() != null);
        view.put("revoked_at", key.revokedAt());
        return view;
    }

    private static List<String> permissionIds(StoredKey key) {
        return key.permissions().stream().map(Permission::id).toList();
    }
}
