package io.flowmason.gateway.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static String messageOf(byte[] body) {
        try {
            StrictUtf8.decode(body);
        } catch (ApiException e) {
            assertThat(e.status().getStatusCode()).isEqualTo(400);
            assertThat(e.error().error().code()).isEqualTo("invalid_json");
            return e.getMessage();
        }
        throw new AssertionError("decoded without complaint");
    }

    @Test
    void decodesUtf8IncludingCharactersOutsideTheBasicPlane() throws Exception {
        String text = "{\"t\": \"café – 😀\"}";
        assertThat(StrictUtf8.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).isEqualTo(text);
        assertThat(StrictUtf8.decode(new byte[0])).isEmpty();
    }

    @Test
    void skipsALeadingByteOrderMark() {
        assertThat(StrictUtf8.decode(bytes(0xef, 0xbb, 0xbf, '{', '}'))).isEqualTo("{}");
    }

    @Test
    void namesTheFirstInvalidByteAndItsOffset() {
        assertThat(messageOf(bytes('{', '"', 'a', 0xff, 0xfe))).isEqualTo("The request body is not valid UTF-8: byte 0xFF at offset 3.");
        // Overlong encoding of '/', an encoded surrogate, a sequence cut off by the end of the body.
        assertThat(messageOf(bytes('x', 0xc0, 0xaf))).contains("byte 0xC0 at offset 1");
        assertThat(messageOf(bytes('x', 'y', 0xed, 0xa0, 0x80))).contains("byte 0xED at offset 2");
        assertThat(messageOf(bytes('a', 'b', 'c', 0xe2, 0x82))).contains("byte 0xE2 at offset 3");
        // Offsets count from the start of the body, byte order mark included.
        assertThat(messageOf(bytes(0xef, 0xbb, 0xbf, 'a', 0x80))).contains("byte 0x80 at offset 4");
    }

    @Test
    void aValidCharacterBeforeTheBadByteDoesNotShiftTheOffset() {
        byte[] prefix = "é😀".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + 1];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xfe;
        assertThat(messageOf(body)).contains("byte 0xFE at offset " + prefix.length);
    }

    @Test
    void theSuggestionSaysHowToFixIt() {
        assertThatThrownBy(() -> StrictUtf8.decode(bytes(0xff))).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.error().error().suggestion()).contains("UTF-8"));
    }
}
