package io.polydesk.compat.bossdesk;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.token.ServerSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Signs what the dialect hands out instead of S3's presigned URLs: attachment download links and upload fields,
 * each for one user and until an expiry time (HMAC-SHA256).
 */
@Component
@ConditionalOnDialect(BossDeskDialect.NAME)
class BossDeskSigner {

    private final byte[] key;
    private final Duration lifetime;
    private final Clock clock;

    BossDeskSigner(BossDeskProperties properties, ServerSecrets secrets, Clock clock) {
        this.key = properties.signingKey() == null || properties.signingKey().isBlank()
                ? secrets.secret("bossdesk-links")
                : properties.signingKey().getBytes(StandardCharsets.UTF_8);
        this.lifetime = properties.linkLifetime();
        this.clock = clock;
    }

    Duration lifetime() {
        return lifetime;
    }

    Instant expiry() {
        return clock.instant().plus(lifetime);
    }

    String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Whether {@code signature} signs {@code payload} and {@code expires} (epoch seconds) has not passed. */
    boolean verify(String payload, String signature, long expires) {
        if (signature == null || clock.instant().getEpochSecond() > expires) {
            return false;
        }
        return MessageDigest.isEqual(
                sign(payload).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }
}
