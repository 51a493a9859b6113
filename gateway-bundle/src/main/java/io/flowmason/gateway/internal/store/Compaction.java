package io.flowmason.gateway.internal.store;

import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Rewrites the partly used chunks of the H2 file, which H2 does only from its background writer
 * thread. That thread runs only when commits may be delayed ({@code WRITE_DELAY} above 0); the
 * instance commits with {@code WRITE_DELAY=0} so that no acknowledged write is lost, so without this
 * nothing is ever rewritten: every commit leaves a chunk that keeps a few live pages, and both the
 * file and the chunk list H2 keeps on the heap grow for as long as runs are recorded (3.4 GB and
 * 56 000 chunks after a million runs, docs/operations.md).
 *
 * <p>H2 exports its page store ({@code org.h2.mvstore}) but not the engine that holds the open one,
 * so the store is reached by reflection through the public accessors of H2 2.3: connection →
 * session → database → store → {@link MVStore}. On a version of H2 without them {@link #of} fails,
 * and {@link Database} leaves compaction off with one warning; {@code DatabaseCompactionTest} fails
 * on such a version.
 */
final class Compaction {

    private final MVStore store;

    private Compaction(MVStore store) {
        this.store = store;
    }

    /** The file store behind {@code dataSource}; empty for an in-memory database. */
    static Optional<Compaction> of(DataSource dataSource) throws SQLException, ReflectiveOperationException {
        try (Connection connection = dataSource.getConnection()) {
            Object session = JdbcConnection.class.getMethod("getSession").invoke(connection.unwrap(JdbcConnection.class));
            Object database = call(session, "getDatabase");
            Object h2Store = call(database, "getStore");
            MVStore store = (MVStore) call(h2Store, "getMvStore");
            return store.getFileStore() == null ? Optional.empty() : Optional.of(new Compaction(store));
        }
    }

    /**
     * Rewrites up to {@code maxBytes} of live pages from the emptiest chunks when the chunks are less
     * than {@code targetFillRate} percent live, and writes them out at once (no commit may come soon
     * on a quiet instance); the emptied chunks are freed once H2's retention time has passed. Answers
     * whether it rewrote anything.
     */
    boolean compact(int targetFillRate, int maxBytes) {
        if (store.isClosed() || !store.compact(targetFillRate, maxBytes)) {
            return false;
        }
        store.commit();
        return true;
    }

    /** How long H2 keeps a chunk after its last live page moved out (45 s by default); for tests. */
    void retentionTime(int millis) {
        store.setRetentionTime(millis);
    }

    /** The percentage of the chunks' contents that is still live. */
    int chunksFillRate() {
        return store.getFileStore().getChunksFillRate();
    }

    private static Object call(Object target, String accessor) throws ReflectiveOperationException {
        try {
            return target.getClass().getMethod(accessor).invoke(target);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
