package io.polydesk.domain.token;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: create, list, revoke, and resolve a presented secret to its user. */
@Service
public class ApiTokenService {

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ApiTokenService(
            ApiTokenRepository tokens, UserRepository users, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public CreatedApiToken create(Actor actor, String name) {
        Actor.require(actor);
        new Validation().required(name, "name").maxLength(name, 100, "name").throwIfInvalid();
        User user = users.findById(actor.userId()).orElseThrow(DomainException::unauthenticated);
        String secret = TokenSecrets.newSecret();
        long id = tokens.insert(
                user.id(),
                name.trim(),
                secret.substring(0, 10),
                TokenSecrets.hash(secret),
                user.passwordVersion(),
                now());
        return new CreatedApiToken(secret, tokens.findById(id).orElseThrow());
    }

    public List<ApiToken> list(Actor actor, Long userId) {
        Actor.require(actor);
        long owner = userId == null ? actor.userId() : userId;
        if (owner != actor.userId() && !actor.isAdmin()) {
            throw DomainException.forbidden("Only administrators may list other users' tokens");
        }
        return tokens.listByUser(owner);
    }

    @Transactional
    public ApiToken revoke(Actor actor, long tokenId) {
        Actor.require(actor);
        ApiToken token = tokens.findById(tokenId)
                .filter(t -> t.userId() == actor.userId() || actor.isAdmin())
                .orElseThrow(() -> DomainException.notFound("API token", tokenId));
        if (!token.revoked()) {
            tokens.revoke(tokenId, now());
            events.publishEvent(new ApiTokenRevoked(tokenId));
        }
        return tokens.findById(tokenId).orElseThrow();
    }

    /**
     * The token a secret belongs to and its user, if the token is live: not revoked, the user active, and the
     * password unchanged since the token was made. Two reads and, once a minute, a write, each on its own: none
     * needs the others' snapshot, and a transaction would cost three more round trips.
     */
    public Optional<VerifiedApiToken> authenticate(String secret) {
        if (!TokenSecrets.looksLikeApiToken(secret)) {
            return Optional.empty();
        }
        Optional<ApiToken> token = tokens.findByHash(TokenSecrets.hash(secret)).filter(t -> !t.revoked());
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Optional<User> user = users.findById(token.get().userId())
                .filter(User::active)
                .filter(u -> u.passwordVersion() == token.get().passwordVersion());
        user.ifPresent(u -> {
            Instant now = now();
            Instant last = token.get().lastUsedAt();
            // Writing on every request would turn reads into writes; a minute's precision is enough.
            if (last == null || last.isBefore(now.minusSeconds(60))) {
                tokens.touch(token.get().id(), now);
            }
        });
        return user.map(u -> new VerifiedApiToken(token.get().id(), u));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
