package io.flowmason.gateway.internal.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes raw API keys ({@code fm_live_} in production, else {@code fm_test_}, then 32 random bytes
 * in base64url) and their keyed hashes: HMAC-SHA256 under a server secret generated once into
 * {@code <data>/key-hmac.secret} (mode 0600). Only the hash and the display prefix are stored.
 */
public final class KeyHasher {

    static final String SECRET_FILE = "key-hmac.secret";
    static final int PREFIX_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec secret;

    KeyHasher(byte[] secret) {
        this.secret = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** A hasher with the secret in {@code dataDir}, generating it on first use. */
    static KeyHasher inDataDir(Path dataDir) {
        return new KeyHasher(loadOrCreateSecret(dataDir.resolve(SECRET_FILE)));
    }

    static byte[] loadOrCreateSecret(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] secret = randomBytes(32);
                Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "key-hmac", ".tmp");
                try {
                    restrictToOwner(temp);
                    Files.write(temp, HexFormat.of().formatHex(secret).getBytes(StandardCharsets.US_ASCII));
                    Files.move(temp, file);
                } catch (FileAlreadyExistsException anotherStartWon) {
                    // fall through and read the winner's secret
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
            return HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the API key secret " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
    }

    /** A new raw key for this environment. */
    static String newRawKey(String environment) {
        String kind = "production".equalsIgnoreCase(environment) ? "fm_live_" : "fm_test_";
        return kind + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    }

    /** The visible part of a key kept for display: its first 12 characters. */
    static String prefix(String rawKey) {
        return rawKey.substring(0, Math.min(PREFIX_LENGTH, rawKey.length()));
    }

    /** The hex HMAC-SHA256 of the raw key under the server secret. */
    String hash(String rawKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(rawKey.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
        }
    }

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
