package io.polydesk.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.polydesk.domain.user.UserCredentialsChanged;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Remembers Basic credentials that passed the slow password check, so legacy clients that send them on every
 * request do not pay bcrypt each time. Entries are keyed by an HMAC under a per-process random key, never
 * by the password, and carry the password version they were verified under.
 */
@Component
class BasicCredentialCache {

    record Verified(long userId, int passwordVersion) {}

    private final Cache<String, Verified> verified;
    private final SecretKeySpec key;

    BasicCredentialCache(SecurityProperties properties) {
        this.verified = Caffeine.newBuilder()
                .expireAfterWrite(properties.basicCacheTtl())
                .maximumSize(properties.basicCacheSize())
                .build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    Optional<Verified> lookup(String login, String password) {
        return Optional.ofNullable(verified.getIfPresent(fingerprint(login, password)));
    }

    void remember(String login, String password, long userId, int passwordVersion) {
        verified.put(fingerprint(login, password), new Verified(userId, passwordVersion));
    }

    void forget(String login, String password) {
        verified.invalidate(fingerprint(login, password));
    }

    @EventListener
    void onCredentialsChanged(UserCredentialsChanged event) {
        verified.asMap().values().removeIf(v -> v.userId() == event.userId());
    }

    private String fingerprint(String login, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            // The length prefix keeps "a:b" + "c" apart from "a" + "b:c".
            byte[] digest =
                    mac.doFinal((login.length() + ":" + login + ":" + password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
