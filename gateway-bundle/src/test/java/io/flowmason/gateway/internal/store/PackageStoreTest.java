package io.flowmason.gateway.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The package store on a real (in-memory) H2 database migrated with the shipped scripts. */
class PackageStoreTest {

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private Database database;
    private PackageStore store;

    @BeforeEach
    void migrate() throws SQLException {
        database = new Database(url, PackageStoreTest::migration);
        store = new PackageStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static PackageRecord record(String name, String version) {
        return new PackageRecord(name, version, name.replace('/', '.'), "a".repeat(64), PackageSource.UPLOAD, false, true,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), "owner");
    }

    private int count(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void recordsAPackageWithItsComponentsAndReadsItBack() throws SQLException {
        PackageRecord pkg = record("acme/triage", "1.0.0");
        store.recordDeploy(pkg, List.of(new ComponentRow("triage", "node", "acme"), new ComponentRow("route", "operator", "acme")));

        assertThat(store.find("acme/triage", "1.0.0")).contains(pkg);
        assertThat(store.active()).containsExactly(pkg);
        assertThat(count("SELECT COUNT(*) FROM component_registry WHERE package_name = 'acme/triage' AND is_active")).isEqualTo(2);
    }

    @Test
    void removalKeepsTheRowsAsHistoryButNotAsActive() throws SQLException {
        store.recordDeploy(record("acme/triage", "1.0.0"), List.of(new ComponentRow("triage", "node", "acme")));
        store.recordRemoval("acme/triage", "1.0.0", "owner");

        assertThat(store.active()).isEmpty();
        assertThat(store.find("acme/triage", "1.0.0")).hasValueSatisfying(r -> assertThat(r.active()).isFalse());
        assertThat(count("SELECT COUNT(*) FROM component_registry WHERE is_active")).isZero();
        assertThat(count("SELECT COUNT(*) FROM package WHERE removed_by = 'owner' AND removed_at IS NOT NULL")).isEqualTo(1);
        assertThat(store.activeProvider("triage", "1.0.0", "other/pkg")).isEmpty();
    }

    @Test
    void aComponentTypeAndVersionHasOneActiveProvider() throws SQLException {
        store.recordDeploy(record("acme/triage", "1.0.0"), List.of(new ComponentRow("triage", "node", "acme")));

        assertThat(store.activeProvider("triage", "1.0.0", "other/triage")).contains("acme/triage");
        assertThat(store.activeProvider("triage", "1.0.0", "acme/triage")).isEmpty();
        assertThat(store.activeProvider("triage", "1.1.0", "other/triage")).isEmpty();
    }

    @Test
    void anotherPackageMayCarryTheTypeOnceTheFirstIsRemoved() throws SQLException {
        store.recordDeploy(record("acme/triage", "1.0.0"), List.of(new ComponentRow("triage", "node", "acme")));
        store.recordRemoval("acme/triage", "1.0.0", "owner");
        store.recordDeploy(record("other/triage", "1.0.0"), List.of(new ComponentRow("triage", "node", "other")));

        assertThat(store.activeProvider("triage", "1.0.0", "x/y")).contains("other/triage");
    }

    @Test
    void redeployingARemovedVersionReplacesItsRecord() throws SQLException {
        store.recordDeploy(record("acme/triage", "1.0.0"), List.of(new ComponentRow("triage", "node", "acme")));
        store.recordRemoval("acme/triage", "1.0.0", "owner");
        store.recordDeploy(record("acme/triage", "1.0.0"), List.of(new ComponentRow("triage", "node", "acme")));

        assertThat(store.active()).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM package")).isEqualTo(1);
    }

    @Test
    void theSameFileDeployedAgainKeepsItsFirstDeploymentTime() throws SQLException {
        PackageRecord first = record("acme/triage", "1.0.0");
        store.recordDeploy(first, List.of(new ComponentRow("triage", "node", "acme")));
        store.recordRemoval("acme/triage", "1.0.0", "system");
        PackageRecord again = new PackageRecord(first.name(), first.version(), first.bundleSymbolicName(), first.sha256(),
                first.source(), false, true, first.deployedAt().plusSeconds(60), "deploy_folder");
        store.recordDeploy(again, List.of(new ComponentRow("triage", "node", "acme")));

        assertThat(store.find("acme/triage", "1.0.0")).hasValueSatisfying(r -> {
            assertThat(r.active()).isTrue();
            assertThat(r.deployedAt()).isEqualTo(first.deployedAt());
            assertThat(r.deployedBy()).isEqualTo("owner");
        });

        PackageRecord changed = new PackageRecord(first.name(), first.version(), first.bundleSymbolicName(), "b".repeat(64),
                first.source(), false, true, first.deployedAt().plusSeconds(120), "deploy_folder");
        store.recordDeploy(changed, List.of(new ComponentRow("triage", "node", "acme")));
        assertThat(store.find("acme/triage", "1.0.0")).hasValueSatisfying(r -> assertThat(r.deployedAt()).isEqualTo(changed.deployedAt()));
    }

    @Test
    void aFailedDeployLeavesNoHalfWrittenRecord() throws SQLException {
        List<ComponentRow> clashing = List.of(new ComponentRow("triage", "node", "acme"), new ComponentRow("triage", "node", "acme"));

        assertThatThrownBy(() -> store.recordDeploy(record("acme/triage", "1.0.0"), clashing)).isInstanceOf(SQLException.class);
        assertThat(count("SELECT COUNT(*) FROM package")).isZero();
        assertThat(count("SELECT COUNT(*) FROM component_registry")).isZero();
    }

    @Test
    void migrationsRunOnceAndAreRecorded() throws SQLException {
        store.recordDeploy(record("acme/triage", "1.0.0"), List.of(new ComponentRow("triage", "node", "acme")));

        Database reopened = new Database(url, PackageStoreTest::migration);
        reopened.close();

        assertThat(store.active()).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM schema_version")).isEqualTo(Database.MIGRATIONS.size());
    }

    private static java.io.InputStream migration(String name) {
        return PackageStoreTest.class.getClassLoader().getResourceAsStream(name);
    }
}
