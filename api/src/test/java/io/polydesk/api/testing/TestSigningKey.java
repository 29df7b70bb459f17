package io.polydesk.api.testing;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * One token signing key for every server a test run starts over the shared real database. Those servers form a
 * cluster whether a test means it or not (each one's webhook dispatcher takes any endpoint's deliveries), and a
 * cluster's nodes share their key, as the README says they must.
 */
public final class TestSigningKey {

    private static final String PEM = generate();

    private TestSigningKey() {}

    /** PKCS#8 PEM, as {@code polydesk.security.jwt-private-key} takes it. */
    public static String pem() {
        return PEM;
    }

    private static String generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
            return "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pkcs8)
                    + "\n-----END PRIVATE KEY-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        }
    }
}
