package io.polydesk.api.security;

import io.polydesk.domain.token.ServerSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Derives each purpose's secret from the token signing key (HMAC-SHA256 over the purpose), so it is shared by
 * every node given the same key and kept across restarts with it, and one purpose's secret tells nothing of
 * another's or of the key.
 */
@Component
class SigningKeySecrets implements ServerSecrets {

    private final byte[] root;

    SigningKeySecrets(SigningKeys keys) {
        this.root = keys.privateKey().getEncoded();
    }

    @Override
    public byte[] secret(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(root, "HmacSHA256"));
            return mac.doFinal(("polydesk:" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
