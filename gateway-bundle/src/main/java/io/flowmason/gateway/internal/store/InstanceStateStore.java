package io.flowmason.gateway.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code instance_state} table: named facts about this instance, such as what its first start did. */
@Component(service = InstanceStateStore.class)
public class InstanceStateStore {

    private final Database database;

    @Activate
    public InstanceStateStore(@Reference Database database) {
        this.database = database;
    }

    public Optional<String> get(String name) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT state FROM instance_state WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public void put(String name, String state) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement merge = c.prepareStatement("MERGE INTO instance_state (name, state, updated_at) KEY (name)"
                     + " VALUES (?, ?, ?)")) {
            merge.setString(1, name);
            merge.setString(2, state);
            merge.setTimestamp(3, Timestamp.from(Instant.now()));
            merge.executeUpdate();
        }
    }
}
