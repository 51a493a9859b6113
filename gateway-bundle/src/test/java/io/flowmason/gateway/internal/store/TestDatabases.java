package io.flowmason.gateway.internal.store;

import java.sql.SQLException;
import java.util.UUID;

/** Real H2 databases migrated with the shipped scripts, for the tests of stores in other packages. */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** A fresh in-memory database; close it after the test. */
    public static Database inMemory() throws SQLException {
        return open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    public static Database open(String url) throws SQLException {
        return new Database(url, name -> TestDatabases.class.getClassLoader().getResourceAsStream(name));
    }

    public static void close(Database database) {
        database.close();
    }
}
