package io.flowmason.gateway.internal.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyHasherTest {

    @TempDir
    Path data;

    @Test
    void hashesWithHmacSha256UnderTheServerSecret() throws Exception {
        byte[] secret = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal("fm_test_abc".getBytes(StandardCharsets.UTF_8)));

        assertThat(new KeyHasher(secret).hash("fm_test_abc")).isEqualTo(expected);
        assertThat(new KeyHasher("another secret".getBytes(StandardCharsets.US_ASCII)).hash("fm_test_abc")).isNotEqualTo(expected);
    }

    @Test
    void rawKeysNameTheirEnvironmentAndCarry32RandomBytes() {
        String test = KeyHasher.newRawKey("test");
        String live = KeyHasher.newRawKey("production");

        assertThat(test).startsWith("fm_test_").hasSize(8 + 43).matches("fm_test_[A-Za-z0-9_-]+");
        assertThat(live).startsWith("fm_live_");
        assertThat(KeyHasher.newRawKey("staging")).startsWith("fm_test_");
        assertThat(KeyHasher.newRawKey("test")).isNotEqualTo(test);
    }

    @Test
    void thePrefixIsTheFirstTwelveCharacters() {
        assertThat(KeyHasher.prefix("fm_test_ABCDEFGHIJ")).isEqualTo("fm_test_ABCD");
    }

    @Test
    void theSecretIsGeneratedOnceOwnerOnlyAndReused() throws Exception {
        KeyHasher first = KeyHasher.inDataDir(data);
        Path file = data.resolve(KeyHasher.SECRET_FILE);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(KeyHasher.inDataDir(data).hash("k")).isEqualTo(first.hash("k"));
        assertThat(Files.readString(file).strip()).hasSize(64);
    }
}
