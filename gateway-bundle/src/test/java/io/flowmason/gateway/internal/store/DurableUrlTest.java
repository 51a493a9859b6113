package io.flowmason.gateway.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DurableUrlTest {

    @Test
    void appendsTheSettingToAUrlWithoutSettings() {
        assertThat(DurableUrl.of("jdbc:h2:file:/var/lib/flowmason/flowmason"))
                .isEqualTo("jdbc:h2:file:/var/lib/flowmason/flowmason;WRITE_DELAY=0");
    }

    @Test
    void keepsEveryOtherSettingInItsPlace() {
        assertThat(DurableUrl.of("jdbc:h2:file:./data/db;MODE=PostgreSQL;DB_CLOSE_ON_EXIT=FALSE"))
                .isEqualTo("jdbc:h2:file:./data/db;MODE=PostgreSQL;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        assertThat(DurableUrl.of("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1;")).isEqualTo("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1;WRITE_DELAY=0");
    }

    @Test
    void replacesAnotherDelayWhateverItsCase() {
        assertThat(DurableUrl.of("jdbc:h2:file:/d/db;write_delay=500;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:/d/db;WRITE_DELAY=0;MODE=PostgreSQL");
        assertThat(DurableUrl.asksForDelay("jdbc:h2:file:/d/db;write_delay=500")).isTrue();
        assertThat(DurableUrl.asksForDelay("jdbc:h2:file:/d/db;WRITE_DELAY=0")).isFalse();
        assertThat(DurableUrl.asksForDelay("jdbc:h2:file:/d/db")).isFalse();
    }

    @Test
    void leavesADurableUrlAsItIs() {
        assertThat(DurableUrl.of("jdbc:h2:file:/d/db;WRITE_DELAY=0;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:/d/db;WRITE_DELAY=0;MODE=PostgreSQL");
    }

    @Test
    void theDatabaseOpensWithNoWriteDelay() throws SQLException {
        Database database = new Database("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=2000",
                name -> DurableUrlTest.class.getClassLoader().getResourceAsStream(name));
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("0");
        } finally {
            database.close();
        }
    }

    @Test
    void theDatabaseKeepsASmallPageCacheUnlessTheUrlSetsOne() throws SQLException {
        assertThat(cacheSizeOf("")).isEqualTo(String.valueOf(Database.PAGE_CACHE_KB));
        assertThat(cacheSizeOf(";cache_size=8192")).isEqualTo("8192");
    }

    private static String cacheSizeOf(String settings) throws SQLException {
        Database database = new Database("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + settings,
                name -> DurableUrlTest.class.getClassLoader().getResourceAsStream(name));
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'CACHE_SIZE'")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        } finally {
            database.close();
        }
    }
}
