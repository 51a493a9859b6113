package io.flowmason.gateway.internal.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.gateway.internal.store.Database;
import io.flowmason.gateway.internal.store.TestDatabases;
import io.flowmason.gateway.internal.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    private Database database;
    private ApiKeyStore store;
    private ApiKeys keys;
    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));

    @BeforeEach
    void open() throws Exception {
        database = TestDatabases.inMemory();
        store = new ApiKeyStore(database);
        keys = new ApiKeys(store, new KeyHasher("secret".getBytes(StandardCharsets.US_ASCII)), "test", clock);
    }

    @AfterEach
    void close() {
        keys.close();
        TestDatabases.close(database);
    }

    private ApiKeys.Created create(Instant expiresAt) throws Exception {
        return keys.create(new NewKey("ci", EnumSet.of(Permission.PIPELINES_EXECUTE), Set.of("shout"), expiresAt, 10, null,
                new KeyBudget(5000L, null)));
    }

    @Test
    void aCreatedKeyIsFoundByItsRawValueWithItsPermissionsAndLimits() throws Exception {
        ApiKeys.Created created = create(null);

        ApiKeys.Lookup lookup = keys.lookup(created.rawKey());

        assertThat(lookup.outcome()).isEqualTo(ApiKeys.Outcome.VALID);
        assertThat(lookup.identity().id()).isEqualTo(created.key().id()).startsWith("key_");
        assertThat(lookup.identity().permissions()).containsExactly(Permission.PIPELINES_EXECUTE);
        assertThat(lookup.identity().mayRun("shout")).isTrue();
        assertThat(lookup.identity().mayRun("other")).isFalse();
        assertThat(lookup.identity().rateLimitPerMinute()).isEqualTo(10);
        assertThat(lookup.identity().owner()).isFalse();
        assertThat(created.key().prefix()).isEqualTo(created.rawKey().substring(0, 12));
        assertThat(keys.lookup(created.rawKey() + "x").outcome()).isEqualTo(ApiKeys.Outcome.UNKNOWN);
    }

    @Test
    void theRawKeyIsNeverStored() throws Exception {
        ApiKeys.Created created = create(null);

        StringBuilder everything = new StringBuilder();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM api_key")) {
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    everything.append(rs.getString(i)).append('|');
                }
            }
        }
        assertThat(everything).contains(created.key().hash()).doesNotContain(created.rawKey())
                .doesNotContain(created.rawKey().substring(12));
    }

    @Test
    void revocationTakesEffectOnTheNextLookupEvenWhenCached() throws Exception {
        ApiKeys.Created created = create(null);
        assertThat(keys.lookup(created.rawKey()).outcome()).isEqualTo(ApiKeys.Outcome.VALID);

        assertThat(keys.revoke(created.key().id())).isTrue();

        assertThat(keys.lookup(created.rawKey()).outcome()).isEqualTo(ApiKeys.Outcome.REVOKED);
        assertThat(keys.list().get(0).revokedAt()).isNotNull();
        assertThat(keys.revoke("key_unknown")).isFalse();
    }

    @Test
    void aKeyExpiresAtItsExpiryTime() throws Exception {
        ApiKeys.Created created = create(clock.instant().plusSeconds(60));
        assertThat(keys.lookup(created.rawKey()).outcome()).isEqualTo(ApiKeys.Outcome.VALID);

        clock.advanceSeconds(60);

        assertThat(keys.lookup(created.rawKey()).outcome()).isEqualTo(ApiKeys.Outcome.EXPIRED);
    }

    @Test
    void theLastUseIsWrittenAtMostOnceAMinute() throws Exception {
        ApiKeys.Created created = create(null);
        Instant first = clock.instant();
        keys.lookup(created.rawKey());
        clock.set(first.plusSeconds(30));
        keys.lookup(created.rawKey());
        awaitLastUsed(created.key().id(), first);

        clock.set(first.plus(Duration.ofMinutes(1)));
        keys.lookup(created.rawKey());
        awaitLastUsed(created.key().id(), clock.instant());
    }

    private void awaitLastUsed(String id, Instant expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!expected.equals(store.find(id).orElseThrow().lastUsedAt()) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(store.find(id).orElseThrow().lastUsedAt()).isEqualTo(expected);
    }
}
