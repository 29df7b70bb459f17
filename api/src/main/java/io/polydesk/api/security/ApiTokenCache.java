package io.polydesk.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.token.ApiTokenRevoked;
import io.polydesk.domain.user.UserCredentialsChanged;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Remembers API tokens that were verified shortly before, so a client sending its token on every request costs
 * the database nothing for it. Keyed by an HMAC of the secret; forgotten when the token is revoked or its user's
 * credentials change (password, archiving, role, merge), both when that happens and once it is committed, so a
 * verification racing with the change cannot put the old state back.
 */
@Component
class ApiTokenCache {

    record Verified(long tokenId, Actor actor, int passwordVersion) {}

    private final Cache<String, Verified> verified;
    private final CredentialFingerprints fingerprints = new CredentialFingerprints();
    private long forgettings;

    ApiTokenCache(TokenCacheProperties properties) {
        this.verified = Caffeine.newBuilder()
                .expireAfterWrite(properties.ttl())
                .maximumSize(properties.size())
                .build();
    }

    Optional<Verified> lookup(String secret) {
        return Optional.ofNullable(verified.getIfPresent(fingerprints.of(secret)));
    }

    /** Taken before verifying; {@link #remember} keeps nothing when anything was forgotten since. */
    synchronized long generation() {
        return forgettings;
    }

    synchronized void remember(String secret, long generation, Verified token) {
        if (generation == forgettings) {
            verified.put(fingerprints.of(secret), token);
        }
    }

    @EventListener
    void onRevoked(ApiTokenRevoked event) {
        forget(v -> v.tokenId() == event.tokenId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterRevoked(ApiTokenRevoked event) {
        onRevoked(event);
    }

    @EventListener
    void onCredentialsChanged(UserCredentialsChanged event) {
        forget(v -> v.actor().userId() == event.userId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCredentialsChanged(UserCredentialsChanged event) {
        onCredentialsChanged(event);
    }

    private synchronized void forget(Predicate<Verified> which) {
        forgettings++;
        verified.asMap().values().removeIf(which);
    }
}
