package io.flowmason.gateway.internal;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes a JSON request body as UTF-8 and refuses any byte that is not UTF-8, instead of
 * replacing it with U+FFFD as lenient decoding does (which would run, and record, text the caller
 * never sent). JSON is UTF-8 (RFC 8259, 8.1), so a charset named in Content-Type is not followed;
 * a leading byte order mark is skipped, as the RFC allows.
 */
public final class StrictUtf8 {

    private static final int BOM_LENGTH = 3;

    private StrictUtf8() {
    }

    /** Reads the whole body (the caller's stream keeps its size limit) and decodes it. */
    public static String read(InputStream body) throws IOException {
        return body == null ? "" : decode(body.readAllBytes());
    }

    /**
     * @throws ApiException 400 {@code invalid_json} naming the first byte that is not UTF-8 and its
     *                      offset in the body
     */
    public static String decode(byte[] body) {
        int start = hasBom(body) ? BOM_LENGTH : 0;
        ByteBuffer in = ByteBuffer.wrap(body, start, body.length - start);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (CharacterCodingException e) {
            // decode() leaves the buffer at the first byte of the malformed sequence.
            int offset = in.position();
            throw invalid(body[offset], offset);
        }
    }

    private static boolean hasBom(byte[] body) {
        return body.length >= BOM_LENGTH && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf;
    }

    private static ApiException invalid(byte bad, int offset) {
        return new ApiException(Response.Status.BAD_REQUEST, "invalid_json", String.format(Locale.ROOT,
                "The request body is not valid UTF-8: byte 0x%02X at offset %d.", bad & 0xff, offset),
                "Send the body encoded as UTF-8 (JSON is always UTF-8, whatever charset Content-Type names); write other"
                        + " characters as \\uXXXX escapes if the client cannot encode them.");
    }
}
