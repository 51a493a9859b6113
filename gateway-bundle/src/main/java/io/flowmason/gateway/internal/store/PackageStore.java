package io.flowmason.gateway.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code package} and {@code component_registry} tables: each deploy and removal is recorded,
 * a package version and its components in one transaction.
 */
@Component(service = PackageStore.class)
public class PackageStore {

    private final Database database;

    @Activate
    public PackageStore(@Reference Database database) {
        this.database = database;
    }

    /**
     * Records a deployed package version and its components, replacing an earlier record of it. The
     * same file deployed again (same SHA-256, as when the deploy folder is read at start) keeps its
     * first deployment time and actor.
     */
    public void recordDeploy(PackageRecord deployed, List<ComponentRow> components) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                PackageRecord pkg = find(c, deployed.name(), deployed.version())
                        .filter(earlier -> earlier.sha256().equals(deployed.sha256()))
                        .map(earlier -> new PackageRecord(deployed.name(), deployed.version(), deployed.bundleSymbolicName(),
                                deployed.sha256(), deployed.source(), deployed.core(), true, earlier.deployedAt(), earlier.deployedBy()))
                        .orElse(deployed);
                delete(c, "DELETE FROM component_registry WHERE package_name = ? AND package_version = ?", pkg);
                delete(c, "DELETE FROM package WHERE name = ? AND version = ?", pkg);
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO package (name, version, bundle_symbolic_name,"
                        + " sha256, source, is_core, is_active, deployed_at, deployed_by) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?)")) {
                    insert.setString(1, pkg.name());
                    insert.setString(2, pkg.version());
                    insert.setString(3, pkg.bundleSymbolicName());
                    insert.setString(4, pkg.sha256());
                    insert.setString(5, pkg.source().id());
                    insert.setBoolean(6, pkg.core());
                    insert.setTimestamp(7, Timestamp.from(pkg.deployedAt()));
                    insert.setString(8, pkg.deployedBy());
                    insert.executeUpdate();
                }
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO component_registry (type, version, kind, category,"
                        + " package_name, package_version, is_core, is_active, deployed_at, deployed_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)")) {
                    for (ComponentRow component : components) {
                        insert.setString(1, component.type());
                        insert.setString(2, pkg.version());
                        insert.setString(3, component.kind());
                        insert.setString(4, component.category());
                        insert.setString(5, pkg.name());
                        insert.setString(6, pkg.version());
                        insert.setBoolean(7, pkg.core());
                        insert.setTimestamp(8, Timestamp.from(pkg.deployedAt()));
                        insert.setString(9, pkg.deployedBy());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Marks a package version and its components removed; the rows stay as the record of it. */
    public void recordRemoval(String name, String version, String removedBy) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE package SET is_active = FALSE, removed_at = ?, removed_by = ? WHERE name = ? AND version = ?")) {
                    update.setTimestamp(1, Timestamp.from(Instant.now()));
                    update.setString(2, removedBy);
                    update.setString(3, name);
                    update.setString(4, version);
                    update.executeUpdate();
                }
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE component_registry SET is_active = FALSE WHERE package_name = ? AND package_version = ?")) {
                    update.setString(1, name);
                    update.setString(2, version);
                    update.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    public Optional<PackageRecord> find(String name, String version) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            return find(c, name, version);
        }
    }

    private static Optional<PackageRecord> find(Connection c, String name, String version) throws SQLException {
        return query(c, "SELECT * FROM package WHERE name = ? AND version = ?", name, version).stream().findFirst();
    }

    /** The active package, other than {@code exceptPackage}, that carries this component type and version. */
    public Optional<String> activeProvider(String type, String version, String exceptPackage) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT package_name FROM component_registry WHERE type = ? AND version = ? AND is_active = TRUE"
                        + " AND package_name <> ?")) {
            select.setString(1, type);
            select.setString(2, version);
            select.setString(3, exceptPackage);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Every package version currently deployed. */
    public List<PackageRecord> active() throws SQLException {
        return query("SELECT * FROM package WHERE is_active = TRUE ORDER BY name, version");
    }

    private List<PackageRecord> query(String sql, String... parameters) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            return query(c, sql, parameters);
        }
    }

    private static List<PackageRecord> query(Connection c, String sql, String... parameters) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            List<PackageRecord> records = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    records.add(new PackageRecord(rs.getString("name"), rs.getString("version"),
                            rs.getString("bundle_symbolic_name"), rs.getString("sha256"), PackageSource.of(rs.getString("source")),
                            rs.getBoolean("is_core"), rs.getBoolean("is_active"), rs.getTimestamp("deployed_at").toInstant(),
                            rs.getString("deployed_by")));
                }
            }
            return records;
        }
    }

    private static void delete(Connection c, String sql, PackageRecord pkg) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(sql)) {
            delete.setString(1, pkg.name());
            delete.setString(2, pkg.version());
            delete.executeUpdate();
        }
    }
}
