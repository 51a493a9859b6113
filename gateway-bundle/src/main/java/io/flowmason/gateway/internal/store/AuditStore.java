package io.flowmason.gateway.internal.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code audit_log} table: who (a key id, or {@code owner}) did what to which target. A failure
 * to record is logged, not thrown: the action it describes has already happened.
 */
@Component(service = AuditStore.class)
public class AuditStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(AuditStore.class);

    private final Database database;

    @Activate
    public AuditStore(@Reference Database database) {
        this.database = database;
    }

    /** Records an action such as {@code key.create} on a target such as a key id; {@code details} is written as JSON. */
    public void record(String keyId, String action, String target, Map<String, ?> details) {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO audit_log (at, key_id, action, target, details) VALUES (?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            insert.setString(2, keyId);
            insert.setString(3, action);
            insert.setString(4, target);
            insert.setString(5, details == null ? null : JSON.writeValueAsString(details));
            insert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            LOG.warn("Could not record {} of {} by {} in the audit log: {}", action, target, keyId, e.getMessage());
        }
    }

    /** Entries newest first. */
    public List<AuditEntry> list(int limit, int offset) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT * FROM audit_log ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")) {
            select.setInt(1, limit);
            select.setInt(2, offset);
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("key_id"),
                            rs.getString("action"), rs.getString("target"), rs.getString("details")));
                }
            }
            return entries;
        }
    }
}
