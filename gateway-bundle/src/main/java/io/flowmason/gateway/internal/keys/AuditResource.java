package io.flowmason.gateway.internal.keys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.gateway.internal.ApiException;
import io.flowmason.gateway.internal.store.AuditEntry;
import io.flowmason.gateway.internal.store.AuditStore;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code GET /api/audit?limit=&offset=}: the audit log, newest first ({@code keys:admin}, checked by the filter). */
@Component(service = AuditResource.class)
@JakartarsResource
@JakartarsName("flowmason.audit")
@JSONRequired
@Path("api/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final int MAX_LIMIT = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditStore audit;

    @Activate
    public AuditResource(@Reference AuditStore audit) {
        this.audit = audit;
    }

    @GET
    public Map<String, Object> list(@QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("offset") @DefaultValue("0") int offset)
            throws SQLException {
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw new ApiException(Response.Status.BAD_REQUEST, "invalid_paging", "limit must be 1 to " + MAX_LIMIT
                    + " and offset 0 or more.", "Page with ?limit=50&offset=50.");
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("entries", audit.list(limit, offset).stream().map(AuditResource::view).toList());
        page.put("limit", limit);
        page.put("offset", offset);
        return page;
    }

    private static Map<String, Object> view(AuditEntry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", entry.id());
        view.put("at", entry.at());
        view.put("key_id", entry.keyId());
        view.put("action", entry.action());
        view.put("target", entry.target());
        try {
            view.put("details", entry.details() == null ? null : JSON.readTree(entry.details()));
        } catch (JsonProcessingException e) {
            view.put("details", entry.details());
        }
        return view;
    }
}
