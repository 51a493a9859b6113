package io.flowmason.gateway.internal.keys;

import io.flowmason.gateway.internal.InstanceInfo;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * API keys other than the owner's: creation (the raw key leaves only in the answer), listing,
 * revocation, and the lookup of a presented key by its HMAC. Looked-up keys are cached by hash; a
 * revocation replaces the cached entry at once. The last-used time is written at most once a
 * minute per key, off the request thread.
 */
@Component(service = ApiKeys.class)
public class ApiKeys {

    /** How the lookup of a presented key turned out. */
    public enum Outcome { VALID, UNKNOWN, REVOKED, EXPIRED }

    /** The lookup's outcome and, when valid, who the key is. */
    public record Lookup(Outcome outcome, KeyIdentity identity) {
    }

    /** A key just made: its raw value, shown this once, and what was stored. */
    record Created(String rawKey, StoredKey key) {
    }

    static final Duration LAST_USED_INTERVAL = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(ApiKeys.class);

    private final ApiKeyStore store;
    private final KeyHasher hasher;
    private final String environment;
    private final Clock clock;
    private final Map<String, StoredKey> byHash = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastUsedWritten = new ConcurrentHashMap<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "flowmason-key-last-used");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public ApiKeys(BundleContext context, @Reference ApiKeyStore store, @Reference InstanceInfo instance) {
        this(store, KeyHasher.inDataDir(Path.of(context.getProperty("flowmason.data.dir"))), instance.environment(),
                Clock.systemUTC());
    }

    ApiKeys(ApiKeyStore store, KeyHasher hasher, String environment, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.environment = environment;
        this.clock = clock;
    }

    Created create(NewKey request) throws SQLException {
        String raw = KeyHasher.newRawKey(environment);
        StoredKey key = new StoredKey("key_" + HexFormat.of().formatHex(KeyHasher.randomBytes(10)), request.name(),
                KeyHasher.prefix(raw), hasher.hash(raw), request.permissions(), request.pipelines(), request.expiresAt(),
                request.rateLimitPerMinute(), request.rateLimitPerHour(), clock.instant(), null, null, request.budget());
        store.insert(key);
        return new Created(raw, key);
    }

    List<StoredKey> list() throws SQLException {
        return store.all();
    }

    /** Revokes the key for every later request; false when no such key exists. */
    boolean revoke(String id) throws SQLException {
        Optional<StoredKey> key = store.find(id);
        if (key.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        store.revoke(id, now);
        byHash.compute(key.get().hash(), (hash, cached) -> key.get().revoked(now));
        return true;
    }

    /** Finds the presented key by its HMAC and says whether it may be used now. */
    public Lookup lookup(String rawKey) {
        String hash = hasher.hash(rawKey);
        StoredKey key = byHash.computeIfAbsent(hash, this::load);
        if (key == null) {
            return new Lookup(Outcome.UNKNOWN, null);
        }
        Instant now = clock.instant();
        return switch (key.state(now)) {
            case REVOKED -> new Lookup(Outcome.REVOKED, null);
            case EXPIRED -> new Lookup(Outcome.EXPIRED, null);
            case VALID -> {
                markUsed(key.id(), now);
                yield new Lookup(Outcome.VALID, key.identity());
            }
        };
    }

    private StoredKey load(String hash) {
        try {
            return store.findByHash(hash).orElse(null);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up an API key", e);
        }
    }

    /** Records the use in memory and writes it at most once per interval, asynchronously. */
    void markUsed(String id, Instant now) {
        Instant previous = lastUsedWritten.get(id);
        if (previous != null && now.isBefore(previous.plus(LAST_USED_INTERVAL))) {
            return;
        }
        if (previous == null ? lastUsedWritten.putIfAbsent(id, now) != null : !lastUsedWritten.replace(id, previous, now)) {
            return;
        }
        writer.execute(() -> {
            try {
                store.touch(id, now);
            } catch (SQLException e) {
                LOG.warn("Could not record the last use of API key {}: {}", id, e.getMessage());
            }
        });
    }

    @Deactivate
    void close() {
        writer.shutdown();
    }
}
