package io.polydesk.domain.token;

import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserRepository;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Tells which long-lived sessions lost their credential: the user archived, their role or password changed, or
 * the API token revoked. Two reads for any number of sessions, so a periodic check costs the same for one
 * connection as for thousands.
 */
@Service
public class SessionCredentialCheck {

    private final UserRepository users;
    private final ApiTokenRepository tokens;

    public SessionCredentialCheck(UserRepository users, ApiTokenRepository tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    public Set<SessionCredential> revoked(Collection<SessionCredential> sessions) {
        if (sessions.isEmpty()) {
            return Set.of();
        }
        Map<Long, User> byId =
                users.findByIds(sessions.stream().map(SessionCredential::userId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(User::id, Function.identity()));
        Map<Long, ApiToken> liveTokens = tokens
                .findByIds(sessions.stream()
                        .map(SessionCredential::tokenId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()))
                .stream()
                .filter(t -> !t.revoked())
                .collect(Collectors.toMap(ApiToken::id, Function.identity()));
        return sessions.stream()
                .filter(s -> !stillHolds(s, byId.get(s.userId()), liveTokens))
                .collect(Collectors.toSet());
    }

    private static boolean stillHolds(SessionCredential session, User user, Map<Long, ApiToken> liveTokens) {
        if (user == null || !user.active() || user.role() != session.role()) {
            return false;
        }
        if (user.passwordVersion() != session.passwordVersion()) {
            return false;
        }
        return session.tokenId() == null || liveTokens.containsKey(session.tokenId());
    }
}
