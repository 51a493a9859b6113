package io.flowmason.gateway.internal.limits;

import io.flowmason.gateway.internal.ApiException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code GET /api/usage?from=&to=&group_by=key|pipeline|component|day}: runs, tokens and cost per group,
 * for UTC days {@code from} to {@code to} (ISO dates, both included; by default this month up to today).
 */
@Component(service = UsageResource.class)
@JakartarsResource
@JakartarsName("flowmason.usage")
@JSONRequired
@Path("api/usage")
@Produces(MediaType.APPLICATION_JSON)
public class UsageResource {

    private final UsageLedger ledger;

    @Activate
    public UsageResource(@Reference UsageLedger ledger) {
        this.ledger = ledger;
    }

    @GET
    public Map<String, Object> usage(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("group_by") String groupBy) throws SQLException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate last = to == null || to.isBlank() ? today : date("to", to);
        LocalDate first = from == null || from.isBlank() ? last.withDayOfMonth(1) : date("from", from);
        if (first.isAfter(last)) {
            throw new ApiException(Response.Status.BAD_REQUEST, "invalid_range", "from (" + first + ") is after to (" + last + ").",
                    "Give from no later than to.");
        }
        UsageStore.GroupBy grouping = groupBy(groupBy);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("from", first.toString());
        answer.put("to", last.toString());
        answer.put("group_by", grouping.name().toLowerCase(Locale.ROOT));
        answer.put("rows", ledger.report(first, last, grouping));
        return answer;
    }

    private static UsageStore.GroupBy groupBy(String value) {
        if (value == null || value.isBlank()) {
            return UsageStore.GroupBy.DAY;
        }
        try {
            return UsageStore.GroupBy.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(Response.Status.BAD_REQUEST, "invalid_group_by", "'" + value + "' is not a grouping.",
                    "Use group_by=key, pipeline, component or day.");
        }
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ApiException(Response.Status.BAD_REQUEST, "invalid_date", name + " '" + value + "' is not a date.",
                    "Give dates as YYYY-MM-DD (UTC).");
        }
    }
}
