package io.flowmason.gateway.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versioned schema migrations: {@code db/migration/V<n>__<name>.sql}, applied in order, each once,
 * each in its own transaction, recorded in {@code schema_version}. Plain SQL that runs on H2 and
 * PostgreSQL alike.
 */
public final class Migrations {

    private static final Pattern FILE = Pattern.compile("V(\\d+)__([a-z0-9_]+)\\.sql");

    /** One migration script. */
    public record Script(int version, String name, String sql) {
    }

    private Migrations() {
    }

    /**
     * Reads the named scripts through {@code open} (a class loader or bundle lookup), sorted by version.
     *
     * @throws IllegalStateException when a name does not follow V&lt;n&gt;__&lt;name&gt;.sql, two share a version, or one is missing
     */
    public static List<Script> load(List<String> fileNames, Function<String, InputStream> open) {
        List<Script> scripts = new ArrayList<>();
        for (String fileName : fileNames) {
            Matcher m = FILE.matcher(fileName);
            if (!m.matches()) {
                throw new IllegalStateException("migration file " + fileName + " is not named V<n>__<name>.sql");
            }
            try (InputStream in = open.apply("db/migration/" + fileName)) {
                if (in == null) {
                    throw new IllegalStateException("migration file " + fileName + " is missing");
                }
                scripts.add(new Script(Integer.parseInt(m.group(1)), m.group(2), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read migration " + fileName, e);
            }
        }
        scripts.sort((a, b) -> Integer.compare(a.version(), b.version()));
        for (int i = 1; i < scripts.size(); i++) {
            if (scripts.get(i).version() == scripts.get(i - 1).version()) {
                throw new IllegalStateException("two migrations have version " + scripts.get(i).version());
            }
        }
        return scripts;
    }

    /** Applies every script newer than the database's version; answers the version reached. */
    public static int apply(Connection connection, List<Script> scripts) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL,"
                    + " applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)");
        }
        int current = currentVersion(connection);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (Script script : scripts) {
                if (script.version() <= current) {
                    continue;
                }
                try (Statement statement = connection.createStatement()) {
                    for (String sql : statements(script.sql())) {
                        statement.execute(sql);
                    }
                }
                try (PreparedStatement record = connection.prepareStatement("INSERT INTO schema_version (version, name) VALUES (?, ?)")) {
                    record.setInt(1, script.version());
                    record.setString(2, script.name());
                    record.executeUpdate();
                }
                connection.commit();
                current = script.version();
            }
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return current;
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Splits a script at semicolons that end a line, dropping comment lines. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
