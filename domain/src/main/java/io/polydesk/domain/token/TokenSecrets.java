package io.polydesk.domain.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Token secrets carry 256 random bits, so a plain SHA-256 is a safe lookup key for them: there is nothing
 * to brute-force, unlike a password.
 */
public final class TokenSecrets {

    public static final String PREFIX = "pd_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {}

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static boolean looksLikeApiToken(String value) {
        return value != null && value.startsWith(PREFIX);
    }
}
