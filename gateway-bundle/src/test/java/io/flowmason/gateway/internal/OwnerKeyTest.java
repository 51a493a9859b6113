package io.flowmason.gateway.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class OwnerKeyTest {

    private static String digestOf(String key) {
        return HexFormat.of().formatHex(OwnerKey.sha256(key));
    }

    @Test
    void acceptsExactlyTheKeyWhoseDigestItHolds() {
        OwnerKey owner = new OwnerKey(digestOf("fm_owner_secret"));
        assertThat(owner.matches("fm_owner_secret")).isTrue();
        assertThat(owner.matches("fm_owner_secreT")).isFalse();
        assertThat(owner.matches("fm_owner_secret ")).isFalse();
        assertThat(owner.matches(null)).isFalse();
    }

    @Test
    void rejectsEveryKeyWhenNoOwnerKeyWasConfigured() {
        assertThat(new OwnerKey((String) null).matches("")).isFalse();
        assertThat(new OwnerKey(" ").matches("anything")).isFalse();
    }
}
