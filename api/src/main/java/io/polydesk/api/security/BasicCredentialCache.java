package io.polydesk.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.polydesk.domain.user.UserCredentialsChanged;
import java.util.Optional;
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
    private final CredentialFingerprints fingerprints = new CredentialFingerprints();

    BasicCredentialCache(SecurityProperties properties) {
        this.verified = Caffeine.newBuilder()
                .expireAfterWrite(properties.basicCacheTtl())
                .maximumSize(properties.basicCacheSize())
                .build();
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
        // The length prefix keeps "a:b" + "c" apart from "a" + "b:c".
        return fingerprints.of(login.length() + ":" + login + ":" + password);
    }
}
