package io.flowmason.gateway.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pipeline store on a real (in-memory) H2 database migrated with the shipped scripts. */
class PipelineStoreTest {

    private static final String DRAFT = "{\"stages\":[{\"id\":\"classify\",\"component\":\"support_classifier\"}]}";
    private static final List<StageLock> LOCKS = List.of(
            new StageLock("classify", "support_classifier", "1.2.0", "acme/support"),
            new StageLock("route", "router", "1.0.0", "flowmason/core"));

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final SteppingClock clock = new SteppingClock(Instant.parse("2025-03-01T10:00:00Z"));
    private Database database;
    private PipelineStore store;

    /** A clock that moves one second each time it is read. */
    private static final class SteppingClock extends Clock {
        private Instant now;

        SteppingClock(Instant start) {
            this.now = start;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @BeforeEach
    void migrate() throws SQLException {
        database = new Database(url, name -> PipelineStoreTest.class.getClassLoader().getResourceAsStream(name));
        store = new PipelineStore(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private int count(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void createsADraftAndReadsItBack() throws SQLException {
        assertThat(store.create("support-triage", "Support triage", DRAFT)).isTrue();

        assertThat(store.find("support-triage")).hasValueSatisfying(p -> {
            assertThat(p.id()).isEqualTo("support-triage");
            assertThat(p.name()).isEqualTo("Support triage");
            assertThat(p.definitionJson()).isEqualTo(DRAFT);
            assertThat(p.createdAt()).isEqualTo(p.updatedAt()).isEqualTo(Instant.parse("2025-03-01T10:00:01Z"));
        });
        assertThat(store.find("other")).isEmpty();
    }

    @Test
    void anIdIsTakenOnce() throws SQLException {
        assertThat(store.create("support-triage", "Support triage", DRAFT)).isTrue();
        assertThat(store.create("support-triage", "Another", "{}")).isFalse();

        assertThat(store.find("support-triage")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Support triage"));
    }

    @Test
    void aLargeDefinitionIsKeptWhole() throws SQLException {
        String large = "{\"description\":\"" + "x".repeat(2_000_000) + "\"}";
        store.create("big", "Big", large);

        assertThat(store.find("big")).hasValueSatisfying(p -> assertThat(p.definitionJson()).isEqualTo(large));
    }

    @Test
    void replacingTheDraftKeepsItsCreationTime() throws SQLException {
        store.create("support-triage", "Support triage", DRAFT);

        assertThat(store.replaceDraft("support-triage", "Triage v2", "{\"stages\":[]}")).isTrue();
        assertThat(store.replaceDraft("missing", "x", "{}")).isFalse();

        assertThat(store.find("support-triage")).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Triage v2");
            assertThat(p.definitionJson()).isEqualTo("{\"stages\":[]}");
            assertThat(p.updatedAt()).isAfter(p.createdAt());
        });
        assertThat(count("SELECT COUNT(*) FROM pipeline")).isEqualTo(1);
    }

    @Test
    void listsEveryDraftById() throws SQLException {
        store.create("b-pipeline", "B", "{}");
        store.create("a-pipeline", "A", "{}");

        assertThat(store.list()).extracting(StoredPipeline::id).containsExactly("a-pipeline", "b-pipeline");
    }

    @Test
    void publishesVersionsWithTheirLocks() throws SQLException {
        store.create("support-triage", "Support triage", DRAFT);

        assertThat(store.publish("support-triage", "1.0.0", DRAFT, LOCKS, "owner")).isTrue();
        assertThat(store.publish("support-triage", "1.1.0", "{\"v\":2}", List.of(LOCKS.get(0)), "ci")).isTrue();

        List<PublishedVersion> versions = store.versions("support-triage");
        assertThat(versions).extracting(PublishedVersion::version).containsExactly("1.0.0", "1.1.0");
        assertThat(versions.get(0).locks()).containsExactlyInAnyOrderElementsOf(LOCKS);
        assertThat(versions.get(0).publishedBy()).isEqualTo("owner");
        assertThat(versions.get(1).locks()).containsExactly(LOCKS.get(0));
        assertThat(store.version("support-triage", "1.1.0")).hasValueSatisfying(v -> {
            assertThat(v.definitionJson()).isEqualTo("{\"v\":2}");
            assertThat(v.publishedBy()).isEqualTo("ci");
            assertThat(v.publishedAt()).isAfter(versions.get(0).publishedAt());
        });
        assertThat(store.version("support-triage", "2.0.0")).isEmpty();
        assertThat(store.versions("other")).isEmpty();
    }

    @Test
    void aVersionWithoutStagesHasNoLocks() throws SQLException {
        store.create("empty", "Empty", "{}");

        assertThat(store.publish("empty", "1.0.0", "{}", List.of(), "owner")).isTrue();
        assertThat(store.version("empty", "1.0.0")).hasValueSatisfying(v -> assertThat(v.locks()).isEmpty());
    }

    @Test
    void aPublishedVersionIsNeverReplaced() throws SQLException {
        store.create("support-triage", "Support triage", DRAFT);
        store.publish("support-triage", "1.0.0", DRAFT, LOCKS, "owner");

        assertThat(store.publish("support-triage", "1.0.0", "{\"changed\":true}", List.of(), "mallory")).isFalse();

        assertThat(store.version("support-triage", "1.0.0")).hasValueSatisfying(v -> {
            assertThat(v.definitionJson()).isEqualTo(DRAFT);
            assertThat(v.locks()).hasSize(2);
        });
    }

    @Test
    void nothingIsPublishedForAPipelineThatDoesNotExist() throws SQLException {
        assertThat(store.publish("missing", "1.0.0", DRAFT, LOCKS, "owner")).isFalse();

        assertThat(count("SELECT COUNT(*) FROM pipeline_version")).isZero();
        assertThat(count("SELECT COUNT(*) FROM pipeline_lock")).isZero();
    }

    @Test
    void aFailedPublishLeavesNothingHalfWritten() throws SQLException {
        store.create("support-triage", "Support triage", DRAFT);
        List<StageLock> twoLocksForOneStage = List.of(LOCKS.get(0), LOCKS.get(0));

        assertThatThrownBy(() -> store.publish("support-triage", "1.0.0", DRAFT, twoLocksForOneStage, "owner"))
                .isInstanceOf(SQLException.class);

        assertThat(count("SELECT COUNT(*) FROM pipeline_version")).isZero();
        assertThat(count("SELECT COUNT(*) FROM pipeline_lock")).isZero();
        assertThat(store.publish("support-triage", "1.0.0", DRAFT, LOCKS, "owner")).as("the version is still free").isTrue();
    }

    @Test
    void concurrentPublishesOfOneVersionLetExactlyOneWin() throws Exception {
        store.create("support-triage", "Support triage", DRAFT);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                attempts.add(() -> store.publish("support-triage", "1.0.0", DRAFT, LOCKS, "owner"));
            }
            int won = 0;
            for (Future<Boolean> attempt : pool.invokeAll(attempts)) {
                won += attempt.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(count("SELECT COUNT(*) FROM pipeline_lock")).isEqualTo(2);
    }

    @Test
    void lockedByNamesEveryPublishedVersionUsingAComponentVersion() throws SQLException {
        store.create("support-triage", "Support triage", DRAFT);
        store.create("escalation", "Escalation", DRAFT);
        store.publish("support-triage", "1.0.0", DRAFT, LOCKS, "owner");
        store.publish("support-triage", "1.1.0", DRAFT, LOCKS, "owner");
        store.publish("escalation", "2.0.0", DRAFT, List.of(new StageLock("first", "support_classifier", "1.2.0", "acme/support"),
                new StageLock("second", "support_classifier", "1.2.0", "acme/support")), "owner");

        assertThat(store.lockedBy("support_classifier", "1.2.0"))
                .containsExactly("escalation@2.0.0", "support-triage@1.0.0", "support-triage@1.1.0");
        assertThat(store.lockedBy("router", "1.0.0")).containsExactly("support-triage@1.0.0", "support-triage@1.1.0");
        assertThat(store.lockedBy("support_classifier", "1.3.0")).isEmpty();
    }

    @Test
    void deleteRemovesTheDraftItsVersionsAndTheirLocks() throws SQLException {
        store.create("support-triage", "Support triage", DRAFT);
        store.create("escalation", "Escalation", DRAFT);
        store.publish("support-triage", "1.0.0", DRAFT, LOCKS, "owner");
        store.publish("support-triage", "1.1.0", DRAFT, LOCKS, "owner");
        store.publish("escalation", "1.0.0", DRAFT, LOCKS, "owner");

        assertThat(store.delete("support-triage")).isTrue();

        assertThat(store.find("support-triage")).isEmpty();
        assertThat(store.versions("support-triage")).isEmpty();
        assertThat(store.lockedBy("support_classifier", "1.2.0")).containsExactly("escalation@1.0.0");
        assertThat(count("SELECT COUNT(*) FROM pipeline_version WHERE pipeline_id = 'support-triage'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM pipeline_lock WHERE pipeline_id = 'support-triage'")).isZero();
        assertThat(store.delete("support-triage")).isFalse();
        assertThat(store.list()).extracting(StoredPipeline::id).containsExactly("escalation");
    }
}
