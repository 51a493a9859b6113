package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {

    @TempDir
    Path home;

    private void propertiesFile(String content) throws IOException {
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve(SettingsLoader.PROPERTIES_FILE), content);
    }

    @Test
    void defaultsApplyWhenNothingIsSet() throws Exception {
        Settings settings = SettingsLoader.load(Map.of(), home);

        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.httpHost()).isEqualTo("127.0.0.1");
        assertThat(settings.dataDir()).isEqualTo(home.resolve("data"));
        assertThat(settings.deployDir()).isEqualTo(home.resolve("deploy"));
        assertThat(settings.environment()).isEqualTo(Environment.TEST);
        assertThat(settings.adminKey()).isEmpty();
        assertThat(settings.dbUrl()).isEqualTo("jdbc:h2:file:" + home.resolve("data/flowmason"));
        assertThat(settings.rateLimitPerMinute()).isEqualTo(60);
        assertThat(settings.rateLimitPerHour()).isEqualTo(1000);
    }

    @Test
    void runLimitsQuarantineAndRetentionHaveDefaultsAndTakeTheirSettings() throws Exception {
        Settings defaults = SettingsLoader.load(Map.of(), home);
        assertThat(defaults.limits()).isEqualTo(new Settings.Limits(4 * 1024 * 1024, 4 * 1024 * 1024, 64 * 1024, 3));
        assertThat(defaults.runRetentionDays()).isEqualTo(30);

        Settings set = SettingsLoader.load(Map.of("FLOWMASON_MAX_STAGE_OUTPUT_BYTES", "2048", "FLOWMASON_MAX_RESULT_BYTES", "4096",
                "FLOWMASON_TRACE_VALUE_BYTES", "512", "FLOWMASON_QUARANTINE_AFTER_ABANDONED", "0", "FLOWMASON_RUN_RETENTION_DAYS", "0"),
                home);
        assertThat(set.limits()).isEqualTo(new Settings.Limits(2048, 4096, 512, 0));
        assertThat(set.runRetentionDays()).isZero();
        assertThat(FrameworkProperties.of(set, "digest", "1.0")).containsEntry("flowmason.max.stage.output.bytes", "2048")
                .containsEntry("flowmason.max.result.bytes", "4096").containsEntry("flowmason.trace.value.bytes", "512")
                .containsEntry("flowmason.quarantine.after.abandoned", "0").containsEntry("flowmason.run.retention.days", "0");
    }

    @Test
    void limitsOutOfRangeAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("FLOWMASON_MAX_STAGE_OUTPUT_BYTES", "100",
                "FLOWMASON_RUN_RETENTION_DAYS", "-1"), home))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("FLOWMASON_MAX_STAGE_OUTPUT_BYTES='100' (from environment) is invalid")
                .hasMessageContaining("FLOWMASON_RUN_RETENTION_DAYS='-1' (from environment) is invalid");
    }

    @Test
    void theFileOverridesDefaultsAndTheEnvironmentOverridesTheFile() throws Exception {
        propertiesFile("FLOWMASON_HTTP_PORT=9000\nFLOWMASON_HTTP_HOST=0.0.0.0\nFLOWMASON_ENV=staging\n");

        Settings settings = SettingsLoader.load(Map.of("FLOWMASON_HTTP_PORT", "9100"), home);

        assertThat(settings.httpPort()).isEqualTo(9100);
        assertThat(settings.httpHost()).isEqualTo("0.0.0.0");
        assertThat(settings.environment()).isEqualTo(Environment.STAGING);
    }

    @Test
    void anEmptyEnvironmentVariableFallsBackToTheFile() throws Exception {
        propertiesFile("FLOWMASON_HTTP_PORT=9000\n");

        assertThat(SettingsLoader.load(Map.of("FLOWMASON_HTTP_PORT", ""), home).httpPort()).isEqualTo(9000);
    }

    @Test
    void relativePathsResolveAgainstHomeAndAbsoluteOnesStay() throws Exception {
        Settings settings = SettingsLoader.load(Map.of("FLOWMASON_DATA_DIR", "var/state", "FLOWMASON_DEPLOY_DIR", "/srv/drop"), home);

        assertThat(settings.dataDir()).isEqualTo(home.resolve("var/state"));
        assertThat(settings.deployDir()).isEqualTo(Path.of("/srv/drop"));
    }

    @Test
    void aBadValueIsRejectedNamingTheSettingItsSourceAndWhatIsAccepted() throws IOException {
        propertiesFile("FLOWMASON_HTTP_PORT=eighty\n");

        assertThatThrownBy(() -> SettingsLoader.load(Map.of(), home))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("FLOWMASON_HTTP_PORT='eighty'")
                .hasMessageContaining("from conf/flowmason.properties")
                .hasMessageContaining("a port number from 1 to 65535");
    }

    @Test
    void everyBadValueIsReportedAtOnce() {
        Map<String, String> env = Map.of(
                "FLOWMASON_HTTP_PORT", "70000",
                "FLOWMASON_ENV", "prod",
                "FLOWMASON_DB_URL", "mysql://db",
                "FLOWMASON_RATE_LIMIT_PER_MINUTE", "-1");

        assertThatThrownBy(() -> SettingsLoader.load(env, home))
                .hasMessageContaining("FLOWMASON_HTTP_PORT='70000' (from environment)")
                .hasMessageContaining("'prod' is not an environment; use one of test, staging, production")
                .hasMessageContaining("expected an H2 JDBC URL starting with jdbc:h2:")
                .hasMessageContaining("FLOWMASON_RATE_LIMIT_PER_MINUTE='-1'");
    }

    @Test
    void theEnvironmentAllowListNamesVariablesButNeverTheInstancesOwn() throws Exception {
        assertThat(SettingsLoader.load(Map.of("FLOWMASON_ENV_ALLOWLIST", "API_BASE, REGION"), home).envAllowList())
                .containsExactly("API_BASE", "REGION");
        assertThat(SettingsLoader.load(Map.of(), home).envAllowList()).isEmpty();
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("FLOWMASON_ENV_ALLOWLIST", "FLOWMASON_ADMIN_KEY"), home))
                .hasMessageContaining("stays out of pipelines' reach");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("FLOWMASON_ENV_ALLOWLIST", "not-a-name"), home))
                .hasMessageContaining("'not-a-name' is not an environment variable name");
    }

    @Test
    void aPostgresqlUrlIsRefusedUntilThatDatabaseIsSupported() {
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("FLOWMASON_DB_URL", "jdbc:postgresql://db/flowmason"), home))
                .hasMessageContaining("PostgreSQL is not supported by this version yet")
                .hasMessageContaining("jdbc:h2:file:");
    }

    @Test
    void aWeakAdminKeyIsRejectedWithoutEchoingIt() {
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("FLOWMASON_ADMIN_KEY", "hunter2"), home))
                .hasMessageContaining("FLOWMASON_ADMIN_KEY=<hidden>")
                .hasMessageContaining("at least 16 characters")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void productionRefusesToStartWithoutConsoleCredentials() {
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("FLOWMASON_ENV", "production"), home))
                .hasMessageContaining("production needs Web Console credentials")
                .hasMessageContaining("FLOWMASON_CONSOLE_USER");
    }

    @Test
    void productionRefusesTheConsoleDefaultPassword() {
        Map<String, String> env = Map.of("FLOWMASON_ENV", "production",
                "FLOWMASON_CONSOLE_USER", "admin", "FLOWMASON_CONSOLE_PASSWORD", "admin");

        assertThatThrownBy(() -> SettingsLoader.load(env, home)).hasMessageContaining("default admin/admin");
    }

    @Test
    void productionStartsWithRealConsoleCredentials() throws Exception {
        Map<String, String> env = Map.of("FLOWMASON_ENV", "PRODUCTION",
                "FLOWMASON_CONSOLE_USER", "ops", "FLOWMASON_CONSOLE_PASSWORD", "s3cret-enough");

        Settings settings = SettingsLoader.load(env, home);

        assertThat(settings.environment()).isEqualTo(Environment.PRODUCTION);
        assertThat(settings.consoleUser()).contains("ops");
    }

    @Test
    void aConfiguredAdminKeyIsKept() throws Exception {
        assertThat(SettingsLoader.load(Map.of("FLOWMASON_ADMIN_KEY", "0123456789abcdef-owner"), home).adminKey())
                .contains("0123456789abcdef-owner");
    }
}
