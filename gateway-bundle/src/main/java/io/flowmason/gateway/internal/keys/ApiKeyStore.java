package io.flowmason.gateway.internal.keys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.gateway.internal.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code api_key} table. Permissions and pipelines are kept as JSON arrays. */
@Component(service = ApiKeyStore.class)
public class ApiKeyStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final Database database;

    @Activate
    public ApiKeyStore(@Reference Database database) {
        this.database = database;
    }

    void insert(StoredKey key) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO api_key (id, name, prefix, key_hash, permissions, pipelines, expires_at, rate_limit_per_minute,"
                        + " rate_limit_per_hour, created_at, monthly_token_budget, monthly_usd_budget)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, key.id());
            insert.setString(2, key.name());
            insert.setString(3, key.prefix());
            insert.setString(4, key.hash());
            insert.setString(5, json(key.permissions().stream().map(Permission::id).toList()));
            insert.setString(6, key.pipelines().isEmpty() ? null : json(List.copyOf(key.pipelines())));
            insert.setTimestamp(7, key.expiresAt() == null ? null : Timestamp.from(key.expiresAt()));
            setInteger(insert, 8, key.rateLimitPerMinute());
            setInteger(insert, 9, key.rateLimitPerHour());
            insert.setTimestamp(10, Timestamp.from(key.createdAt()));
            insert.setObject(11, key.budget().monthlyTokens(), java.sql.Types.BIGINT);
            insert.setObject(12, key.budget().monthlyUsd(), java.sql.Types.DOUBLE);
            insert.executeUpdate();
        }
    }

    Optional<StoredKey> findByHash(String hash) throws SQLException {
        return query("SELECT * FROM api_key WHERE key_hash = ?", hash).stream().findFirst();
    }

    Optional<StoredKey> find(String id) throws SQLException {
        return query("SELECT * FROM api_key WHERE id = ?", id).stream().findFirst();
    }

    /** Every key, newest first. */
    List<StoredKey> all() throws SQLException {
        return query("SELECT * FROM api_key ORDER BY created_at DESC, id");
    }

    /** Marks the key revoked; false when there is no such key or it was revoked already. */
    boolean revoke(String id, Instant at) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setString(2, id);
            return update.executeUpdate() == 1;
        }
    }

    void touch(String id, Instant at) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE api_key SET last_used_at = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setString(2, id);
            update.executeUpdate();
        }
    }

    private List<StoredKey> query(String sql, String... parameters) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            List<StoredKey> keys = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    keys.add(row(rs));
                }
            }
            return keys;
        }
    }

    private static StoredKey row(ResultSet rs) throws SQLException {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        strings(rs.getString("permissions")).forEach(id -> Permission.of(id).ifPresent(permissions::add));
        String pipelines = rs.getString("pipelines");
        return new StoredKey(rs.getString("id"), rs.getString("name"), rs.getString("prefix"), rs.getString("key_hash"),
                permissions, pipelines == null ? Set.of() : new LinkedHashSet<>(strings(pipelines)), instant(rs, "expires_at"),
                integer(rs, "rate_limit_per_minute"), integer(rs, "rate_limit_per_hour"), instant(rs, "created_at"),
                instant(rs, "last_used_at"), instant(rs, "revoked_at"), new KeyBudget(
                        rs.getObject("monthly_token_budget", Long.class), rs.getObject("monthly_usd_budget", Double.class)));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String json) throws SQLException {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new SQLException("api_key holds malformed JSON: " + e.getOriginalMessage(), e);
        }
    }
}
