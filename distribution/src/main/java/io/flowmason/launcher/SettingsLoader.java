package io.flowmason.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Resolves the settings of API.md: each {@code FLOWMASON_*} environment variable wins over the
 * line of the same name in {@code conf/flowmason.properties}, which wins over the default. Every
 * bad value is reported at once, each naming where it came from and what would be accepted.
 */
public final class SettingsLoader {

    public static final String PROPERTIES_FILE = "conf/flowmason.properties";
    static final int MIN_ADMIN_KEY_LENGTH = 16;
    /** The Web Console's own default password, never accepted in production. */
    private static final String DEFAULT_CONSOLE_PASSWORD = "admin";

    private final Map<String, String> environment;
    private final Path home;
    private final Properties file = new Properties();
    private final List<String> problems = new ArrayList<>();

    private SettingsLoader(Map<String, String> environment, Path home) {
        this.environment = environment;
        this.home = home.toAbsolutePath().normalize();
    }

    public static Settings load(Map<String, String> environment, Path home) throws StartupException {
        return new SettingsLoader(environment, home).load();
    }

    private Settings load() throws StartupException {
        readPropertiesFile();
        Integer port = value("FLOWMASON_HTTP_PORT", "8080", v -> intIn(v, 1, 65535, "a port number from 1 to 65535"));
        String host = value("FLOWMASON_HTTP_HOST", "127.0.0.1", SettingsLoader::nonBlank);
        Path dataDir = value("FLOWMASON_DATA_DIR", "data", this::path);
        Path deployDir = value("FLOWMASON_DEPLOY_DIR", "deploy", this::path);
        Environment env = value("FLOWMASON_ENV", "test", Environment::parse);
        Optional<String> adminKey = optional("FLOWMASON_ADMIN_KEY", SettingsLoader::adminKey);
        String dbUrl = value("FLOWMASON_DB_URL", null, SettingsLoader::jdbcUrl);
        Optional<String> consoleUser = optional("FLOWMASON_CONSOLE_USER", SettingsLoader::nonBlank);
        Optional<String> consolePassword = optional("FLOWMASON_CONSOLE_PASSWORD", v -> v);
        Integer perMinute = value("FLOWMASON_RATE_LIMIT_PER_MINUTE", "60", v -> intIn(v, 1, Integer.MAX_VALUE, "a positive whole number"));
        Integer perHour = value("FLOWMASON_RATE_LIMIT_PER_HOUR", "1000", v -> intIn(v, 1, Integer.MAX_VALUE, "a positive whole number"));
        List<String> envAllowList = value("FLOWMASON_ENV_ALLOWLIST", "", SettingsLoader::variableNames);
        Integer maxBodyBytes = value("FLOWMASON_MAX_BODY_BYTES", "1048576", v -> intIn(v, 1024, Integer.MAX_VALUE,
                "a number of bytes, 1024 or more"));
        Integer maxStageOutputBytes = value("FLOWMASON_MAX_STAGE_OUTPUT_BYTES", "4194304", v -> intIn(v, 1024,
                Integer.MAX_VALUE, "a number of bytes, 1024 or more"));
        Integer maxResultBytes = value("FLOWMASON_MAX_RESULT_BYTES", "4194304", v -> intIn(v, 1024, Integer.MAX_VALUE,
                "a number of bytes, 1024 or more"));
        Integer traceValueBytes = value("FLOWMASON_TRACE_VALUE_BYTES", "65536", v -> intIn(v, 256, Integer.MAX_VALUE,
                "a number of bytes, 256 or more"));
        Integer quarantineAfter = value("FLOWMASON_QUARANTINE_AFTER_ABANDONED", "3", v -> intIn(v, 0, Integer.MAX_VALUE,
                "a whole number, 0 or more (0 never quarantines)"));
        Integer retentionDays = value("FLOWMASON_RUN_RETENTION_DAYS", "30", v -> intIn(v, 0, 36500,
                "a number of days from 0 (keep every run) to 36500"));

        if (env == Environment.PRODUCTION && !consoleCredentialsSafe(consoleUser, consolePassword)) {
            problems.add("production needs Web Console credentials: set FLOWMASON_CONSOLE_USER and"
                    + " FLOWMASON_CONSOLE_PASSWORD to values other than the default admin/admin");
        }
        if (!problems.isEmpty()) {
            throw new StartupException(String.join("; ", problems));
        }
        if (dbUrl == null) {
            dbUrl = "jdbc:h2:file:" + dataDir.resolve("flowmason");
        }
        return new Settings(home, port, host, dataDir, deployDir, env, adminKey, dbUrl, consoleUser, consolePassword,
                perMinute, perHour, envAllowList, maxBodyBytes, new Settings.Limits(maxStageOutputBytes, maxResultBytes,
                        traceValueBytes, quarantineAfter), retentionDays);
    }

    private void readPropertiesFile() throws StartupException {
        Path path = home.resolve(PROPERTIES_FILE);
        if (!Files.isRegularFile(path)) {
            return;
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            file.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new StartupException("cannot read " + path + ": " + e.getMessage());
        }
    }

    /** The raw value and where it came from, or null when neither the environment nor the file sets it. */
    private String[] raw(String name) {
        String fromEnvironment = environment.get(name);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return new String[] {fromEnvironment, "environment"};
        }
        String fromFile = file.getProperty(name);
        if (fromFile != null && !fromFile.isBlank()) {
            return new String[] {fromFile.trim(), PROPERTIES_FILE};
        }
        return null;
    }

    private <T> T value(String name, String defaultValue, Function<String, T> parser) {
        String[] raw = raw(name);
        String text = raw == null ? defaultValue : raw[0];
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            problems.add(name + "=" + quoted(name, text) + " (from " + (raw == null ? "default" : raw[1]) + ") is invalid: "
                    + e.getMessage());
            return null;
        }
    }

    private <T> Optional<T> optional(String name, Function<String, T> parser) {
        return Optional.ofNullable(value(name, null, parser));
    }

    private static String quoted(String name, String value) {
        return name.contains("KEY") || name.contains("PASSWORD") ? "<hidden>" : "'" + value + "'";
    }

    private Path path(String value) {
        Path path = Path.of(nonBlank(value));
        return (path.isAbsolute() ? path : home.resolve(path)).normalize();
    }

    private static int intIn(String value, int min, int max, String expected) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with what is expected
        }
        throw new IllegalArgumentException("expected " + expected);
    }

    private static String nonBlank(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("it is empty");
        }
        return value.trim();
    }

    private static String adminKey(String value) {
        String key = value.trim();
        if (key.length() < MIN_ADMIN_KEY_LENGTH || key.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("the owner key needs at least " + MIN_ADMIN_KEY_LENGTH
                    + " characters and no spaces; leave it unset to have one generated into <data>/admin.key");
        }
        return key;
    }

    private static String jdbcUrl(String value) {
        String url = value.trim();
        if (url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("PostgreSQL is not supported by this version yet; use an H2 URL such as"
                    + " jdbc:h2:file:/var/lib/flowmason/flowmason, or leave it unset for an H2 file in the data directory");
        }
        if (!url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("expected an H2 JDBC URL starting with jdbc:h2:");
        }
        return url;
    }

    private static List<String> variableNames(String value) {
        List<String> names = Arrays.stream(value.split(",")).map(String::trim).filter(n -> !n.isEmpty()).toList();
        for (String name : names) {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("'" + name + "' is not an environment variable name; list names such as"
                        + " API_BASE,REGION separated by commas");
            }
            if (name.startsWith("FLOWMASON_")) {
                throw new IllegalArgumentException(name + " is the instance's own setting and stays out of pipelines' reach");
            }
        }
        return names;
    }

    private static boolean consoleCredentialsSafe(Optional<String> user, Optional<String> password) {
        return user.isPresent() && password.isPresent() && !password.get().isEmpty()
                && !DEFAULT_CONSOLE_PASSWORD.equals(password.get());
    }
}
