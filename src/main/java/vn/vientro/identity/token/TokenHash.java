package vn.vientro.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Tokens are long random secrets, so a fast unsalted SHA-256 is enough to keep them useless if the table leaks,
 * and lets a request find its token by hash in one index lookup.
 */
public final class TokenHash {

    private TokenHash() {
    }

    public static String of(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
