package io.flowmason.gateway.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code pipeline}, {@code pipeline_version} and {@code pipeline_lock} tables: a pipeline's
 * draft, which is edited in place, and its published versions, which never change once written and
 * record the component version each stage was locked to. Definitions are JSON text; this store does
 * not read them.
 */
@Component(service = PipelineStore.class)
public class PipelineStore {

    /** SQLSTATE of a unique or primary key violation, on H2 and PostgreSQL alike. */
    private static final String DUPLICATE_KEY = "23505";

    private final Database database;
    private final Clock clock;

    @Activate
    public PipelineStore(@Reference Database database) {
        this(database, Clock.systemUTC());
    }

    PipelineStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Stores a new draft; false when a pipeline with this id exists already. */
    public boolean create(String id, String name, String definitionJson) throws SQLException {
        Timestamp now = now();
        try (Connection c = database.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO pipeline (id, name, definition, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, name);
            insert.setString(3, definitionJson);
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /** Replaces the draft's name and definition; false when there is no such pipeline. */
    public boolean replaceDraft(String id, String name, String definitionJson) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE pipeline SET name = ?, definition = ?, updated_at = ? WHERE id = ?")) {
            update.setString(1, name);
            update.setString(2, definitionJson);
            update.setTimestamp(3, now());
            update.setString(4, id);
            return update.executeUpdate() == 1;
        }
    }

    public Optional<StoredPipeline> find(String id) throws SQLException {
        return drafts("SELECT * FROM pipeline WHERE id = ?", id).stream().findFirst();
    }

    /** Every pipeline's draft, by id. */
    public List<StoredPipeline> list() throws SQLException {
        return drafts("SELECT * FROM pipeline ORDER BY id");
    }

    /** Removes the pipeline: its draft, its published versions and their locks, together. */
    public boolean delete(String id) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                update(c, "DELETE FROM pipeline_lock WHERE pipeline_id = ?", id);
                update(c, "DELETE FROM pipeline_version WHERE pipeline_id = ?", id);
                boolean deleted = update(c, "DELETE FROM pipeline WHERE id = ?", id) == 1;
                c.commit();
                return deleted;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /**
     * Records a published version with its stage locks, all or nothing.
     *
     * @return false, and nothing written, when this version exists already or the pipeline does not exist
     */
    public boolean publish(String id, String version, String definitionJson, List<StageLock> locks, String actor)
            throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                // locks the draft's row: a concurrent delete or publish of this pipeline waits for us
                if (!exists(c, "SELECT id FROM pipeline WHERE id = ? FOR UPDATE", id)
                        || exists(c, "SELECT version FROM pipeline_version WHERE pipeline_id = ? AND version = ?", id, version)) {
                    c.rollback();
                    return false;
                }
                insertVersion(c, id, version, definitionJson, actor);
                insertLocks(c, id, version, locks);
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                if (DUPLICATE_KEY.equals(e.getSQLState()) && exists(c, "SELECT version FROM pipeline_version"
                        + " WHERE pipeline_id = ? AND version = ?", id, version)) {
                    return false;
                }
                throw e;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** The pipeline's published versions, oldest first, each with its locks. */
    public List<PublishedVersion> versions(String id) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            return published(c, "SELECT * FROM pipeline_version WHERE pipeline_id = ? ORDER BY published_at, version", id);
        }
    }

    public Optional<PublishedVersion> version(String id, String version) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            return published(c, "SELECT * FROM pipeline_version WHERE pipeline_id = ? AND version = ?", id, version)
                    .stream().findFirst();
        }
    }

    /** The published pipeline versions that use this component version, as {@code pipelineId@version}. */
    public List<String> lockedBy(String componentType, String componentVersion) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT DISTINCT pipeline_id, pipeline_version FROM pipeline_lock WHERE component_type = ? AND component_version = ?"
                        + " ORDER BY pipeline_id, pipeline_version")) {
            select.setString(1, componentType);
            select.setString(2, componentVersion);
            List<String> users = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    users.add(rs.getString(1) + "@" + rs.getString(2));
                }
            }
            return users;
        }
    }

    /** Microseconds: what the column keeps (H2 and PostgreSQL), so a time written reads back equal. */
    private Timestamp now() {
        return Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    private void insertVersion(Connection c, String id, String version, String definitionJson, String actor) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO pipeline_version (pipeline_id, version, definition,"
                + " published_at, published_by) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, version);
            insert.setString(3, definitionJson);
            insert.setTimestamp(4, now());
            insert.setString(5, actor);
            insert.executeUpdate();
        }
    }

    private static void insertLocks(Connection c, String id, String version, List<StageLock> locks) throws SQLException {
        if (locks.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO pipeline_lock (pipeline_id, pipeline_version, stage_id,"
                + " component_type, component_version, package_name) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (StageLock lock : locks) {
                insert.setString(1, id);
                insert.setString(2, version);
                insert.setString(3, lock.stageId());
                insert.setString(4, lock.componentType());
                insert.setString(5, lock.componentVersion());
                insert.setString(6, lock.packageName());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private List<StoredPipeline> drafts(String sql, String... parameters) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement select = prepare(c, sql, parameters);
             ResultSet rs = select.executeQuery()) {
            List<StoredPipeline> pipelines = new ArrayList<>();
            while (rs.next()) {
                pipelines.add(new StoredPipeline(rs.getString("id"), rs.getString("name"), rs.getString("definition"),
                        instant(rs, "created_at"), instant(rs, "updated_at")));
            }
            return pipelines;
        }
    }

    /** Versions selected by {@code sql} (whose first parameter is the pipeline id), with their locks. */
    private static List<PublishedVersion> published(Connection c, String sql, String... parameters) throws SQLException {
        Map<String, List<StageLock>> locks = new LinkedHashMap<>();
        try (PreparedStatement select = prepare(c, "SELECT * FROM pipeline_lock WHERE pipeline_id = ? ORDER BY stage_id",
                parameters[0]); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                locks.computeIfAbsent(rs.getString("pipeline_version"), v -> new ArrayList<>()).add(new StageLock(
                        rs.getString("stage_id"), rs.getString("component_type"), rs.getString("component_version"),
                        rs.getString("package_name")));
            }
        }
        List<PublishedVersion> versions = new ArrayList<>();
        try (PreparedStatement select = prepare(c, sql, parameters); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String version = rs.getString("version");
                versions.add(new PublishedVersion(rs.getString("pipeline_id"), version, rs.getString("definition"),
                        instant(rs, "published_at"), rs.getString("published_by"), locks.getOrDefault(version, List.of())));
            }
        }
        return versions;
    }

    private static boolean exists(Connection c, String sql, String... parameters) throws SQLException {
        try (PreparedStatement select = prepare(c, sql, parameters); ResultSet rs = select.executeQuery()) {
            return rs.next();
        }
    }

    private static int update(Connection c, String sql, String... parameters) throws SQLException {
        try (PreparedStatement update = prepare(c, sql, parameters)) {
            return update.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, String... parameters) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
