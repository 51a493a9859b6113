package io.flowmason.gateway.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code component_states} table: component versions that are quarantined or disabled; an active version has no row. */
@Component(service = ComponentStateStore.class)
public class ComponentStateStore {

    /** One stored state; {@code state} is {@code quarantined} or {@code disabled}. */
    public record Row(String type, String version, String state, String reason, Instant changedAt) {
    }

    private final Database database;

    @Activate
    public ComponentStateStore(@Reference Database database) {
        this.database = database;
    }

    public List<Row> all() throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT component_type, component_version, state, reason, changed_at FROM component_states"
                        + " ORDER BY component_type, component_version");
             ResultSet rs = select.executeQuery()) {
            List<Row> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()));
            }
            return rows;
        }
    }

    /** Replaces the row of {@code row}'s version. */
    public void put(Row row) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                delete(c, row.type(), row.version());
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO component_states"
                        + " (component_type, component_version, state, reason, changed_at) VALUES (?, ?, ?, ?, ?)")) {
                    insert.setString(1, row.type());
                    insert.setString(2, row.version());
                    insert.setString(3, row.state());
                    insert.setString(4, row.reason());
                    insert.setTimestamp(5, Timestamp.from(row.changedAt()));
                    insert.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** Forgets the state of a version, which makes it active. */
    public void remove(String type, String version) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            delete(c, type, version);
        }
    }

    private static void delete(Connection c, String type, String version) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM component_states WHERE component_type = ? AND component_version = ?")) {
            delete.setString(1, type);
            delete.setString(2, version);
            delete.executeUpdate();
        }
    }
}
