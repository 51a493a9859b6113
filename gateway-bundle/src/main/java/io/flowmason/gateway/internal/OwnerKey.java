package io.flowmason.gateway.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The owner's API key. The launcher resolves it (FLOWMASON_ADMIN_KEY, conf/flowmason.properties or
 * the generated data/admin.key) and hands the framework only its SHA-256, so the raw key never
 * appears in framework properties or the Web Console. Comparison is of digests, in constant time.
 */
@Component(service = OwnerKey.class)
public class OwnerKey {

    /** Framework property holding the hex SHA-256 of the owner key. */
    public static final String DIGEST_PROPERTY = "flowmason.admin.key.sha256";

    private final byte[] expectedDigest;

    @Activate
    public OwnerKey(BundleContext context) {
        this(context.getProperty(DIGEST_PROPERTY));
    }

    OwnerKey(String hexDigest) {
        this.expectedDigest = hexDigest == null || hexDigest.isBlank() ? null : HexFormat.of().parseHex(hexDigest.trim());
    }

    /** False for every key when no owner key was configured: the API stays closed rather than open. */
    public boolean matches(String presentedKey) {
        if (expectedDigest == null || presentedKey == null) {
            return false;
        }
        return MessageDigest.isEqual(expectedDigest, sha256(presentedKey));
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", impossible);
        }
    }
}
