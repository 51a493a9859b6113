package io.flowmason.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyStateTest {

    private static String state(String key) {
        return KeysCommand.ListKeys.state(Json.parseOrMissing(key));
    }

    @Test
    void aKeyIsRevokedExpiredOrActive() {
        assertThat(state("{\"revoked\": true, \"expires_at\": \"2000-01-01T00:00:00Z\"}")).isEqualTo("revoked");
        assertThat(state("{\"revoked\": false, \"expires_at\": \"2000-01-01T00:00:00Z\"}")).isEqualTo("expired");
        assertThat(state("{\"revoked\": false, \"expires_at\": \"2999-01-01T00:00:00Z\"}")).isEqualTo("active");
        assertThat(state("{\"revoked\": false, \"expires_at\": null}")).isEqualTo("active");
    }
}
