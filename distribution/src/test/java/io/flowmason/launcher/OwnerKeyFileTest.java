package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerKeyFileTest {

    @TempDir
    Path home;

    @Test
    void generatesAKeyOnceIntoAnOwnerOnlyFileAndReusesItAfterwards() throws Exception {
        Settings settings = SettingsLoader.load(Map.of(), home);

        OwnerKeyFile.Resolved first = OwnerKeyFile.resolve(settings);
        OwnerKeyFile.Resolved second = OwnerKeyFile.resolve(settings);

        Path file = home.resolve("data/admin.key");
        assertThat(first.generated()).isTrue();
        assertThat(first.key()).startsWith("fm_owner_").hasSizeGreaterThan(40);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file).trim()).isEqualTo(first.key());
        assertThat(second.generated()).isFalse();
        assertThat(second.key()).isEqualTo(first.key());
    }

    @Test
    void aConfiguredKeyWinsAndNoFileIsWritten() throws Exception {
        Settings settings = SettingsLoader.load(Map.of("FLOWMASON_ADMIN_KEY", "configured-owner-key-1"), home);

        OwnerKeyFile.Resolved resolved = OwnerKeyFile.resolve(settings);

        assertThat(resolved.key()).isEqualTo("configured-owner-key-1");
        assertThat(resolved.generated()).isFalse();
        assertThat(home.resolve("data/admin.key")).doesNotExist();
    }

    @Test
    void theDigestIsTheSha256OfTheKey() {
        OwnerKeyFile.Resolved resolved = new OwnerKeyFile.Resolved("abc", false, null);

        assertThat(resolved.sha256Hex()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aDamagedKeyFileStopsTheStartWithTheRemedy() throws Exception {
        Files.createDirectories(home.resolve("data"));
        Files.writeString(home.resolve("data/admin.key"), "short\n");
        Settings settings = SettingsLoader.load(Map.of(), home);

        assertThatThrownBy(() -> OwnerKeyFile.resolve(settings))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("delete it to have a new one generated");
    }
}
