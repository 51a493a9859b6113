package io.flowmason.gateway.internal.runs;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Run ids: {@code run_} then 12 hex digits of the creation time in milliseconds and 12 random hex
 * digits. Ids made later sort after earlier ones, so new rows of the {@code run} table land at the
 * end of its primary-key index: a commit of many runs rewrites one index page instead of one page
 * per run, as random ids did.
 */
final class RunIds {

    private static final HexFormat HEX = HexFormat.of();

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RunIds(Clock clock) {
        this.clock = clock;
    }

    String next() {
        byte[] bytes = new byte[12];
        long millis = clock.millis();
        for (int i = 5; i >= 0; i--) {
            bytes[i] = (byte) millis;
            millis >>>= 8;
        }
        byte[] randomPart = new byte[6];
        random.nextBytes(randomPart);
        System.arraycopy(randomPart, 0, bytes, 6, 6);
        return "run_" + HEX.formatHex(bytes);
    }
}
