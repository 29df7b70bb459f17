package io.polydesk.api.webhook;

import io.polydesk.domain.token.ServerSecrets;
import io.polydesk.domain.webhook.WebhookSecretSealer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM under a key derived from the server's signing key (configured, or kept in the data directory), so
 * every node with the same key opens the same secrets. Stored as {@code v1:<base64(nonce | ciphertext+tag)>}.
 */
@Component
class AesGcmSecretSealer implements WebhookSecretSealer {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    AesGcmSecretSealer(ServerSecrets secrets) {
        this.key = new SecretKeySpec(secrets.secret("webhook-secrets"), "AES");
    }

    @Override
    public String seal(String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, secret.getBytes(StandardCharsets.UTF_8));
        return PREFIX
                + Base64.getEncoder()
                        .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                .put(nonce)
                                .put(sealed)
                                .array());
    }

    @Override
    public String open(String sealed) {
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("Unknown webhook secret format");
        }
        byte[] raw = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        byte[] nonce = new byte[NONCE_BYTES];
        System.arraycopy(raw, 0, nonce, 0, NONCE_BYTES);
        byte[] body = new byte[raw.length - NONCE_BYTES];
        System.arraycopy(raw, NONCE_BYTES, body, 0, body.length);
        return new String(cipher(Cipher.DECRYPT_MODE, nonce, body), StandardCharsets.UTF_8);
    }

    private byte[] cipher(int mode, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, nonce));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "A webhook secret cannot be opened: was the server's signing key (polydesk.security.jwt-private-key) changed?",
                    e);
        }
    }
}
