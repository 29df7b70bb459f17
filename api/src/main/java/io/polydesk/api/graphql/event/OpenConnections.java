package io.polydesk.api.graphql.event;

import io.polydesk.api.events.EventsProperties;
import io.polydesk.api.security.WebSocketCredentials;
import io.polydesk.domain.token.ApiTokenRevoked;
import io.polydesk.domain.token.SessionCredential;
import io.polydesk.domain.token.SessionCredentialCheck;
import io.polydesk.domain.user.UserCredentialsChanged;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * The GraphQL WebSocket connections open on this instance, each ended with {@link #REVOKED} once the credential
 * it signed in with no longer holds. A revocation here is acted on once it commits; one on another instance is
 * found by the periodic check, at most {@code polydesk.events.credential-check-interval} later.
 */
@Component
class OpenConnections implements SmartLifecycle {

    /** graphql-transport-ws' "Forbidden": the client must sign in again rather than simply reconnect. */
    static final CloseStatus REVOKED = new CloseStatus(4403, "Credentials revoked");

    private static final Logger log = LoggerFactory.getLogger(OpenConnections.class);

    private final Set<WebSocketSession> sessions = ConcurrentHashMap.newKeySet();
    private final SessionCredentialCheck check;
    private final Duration interval;
    private volatile Sinks.Many<Boolean> revocations = Sinks.many().unicast().onBackpressureBuffer();
    private volatile Disposable checking;

    OpenConnections(SessionCredentialCheck check, EventsProperties properties) {
        this.check = check;
        this.interval = properties.credentialCheckInterval();
    }

    void opened(WebSocketSession session) {
        sessions.add(session);
    }

    void closed(WebSocketSession session) {
        sessions.remove(session);
    }

    @TransactionalEventListener(
            classes = {UserCredentialsChanged.class, ApiTokenRevoked.class},
            fallbackExecution = true)
    void credentialRevoked() {
        revocations.tryEmitNext(Boolean.TRUE);
    }

    /** Ends every connection whose credential was revoked; two reads however many connections are open. */
    void checkNow() {
        Map<WebSocketSession, SessionCredential> signedIn = sessions.stream()
                .filter(WebSocketSession::isOpen)
                .flatMap(s -> credential(s).map(c -> Map.entry(s, c)).stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (signedIn.isEmpty()) {
            return;
        }
        Set<SessionCredential> revoked = check.revoked(Set.copyOf(signedIn.values()));
        signedIn.forEach((session, credential) -> {
            if (revoked.contains(credential)) {
                close(session);
            }
        });
    }

    private static Optional<SessionCredential> credential(WebSocketSession session) {
        return WebSocketCredentials.credentialOf(session.getAttributes());
    }

    private void close(WebSocketSession session) {
        try {
            session.close(REVOKED);
        } catch (IOException e) {
            // Gone already, which is what closing wanted.
        }
        sessions.remove(session);
    }

    @Override
    public void start() {
        // A stopped context may start again, and a unicast sink takes one subscriber: each start has its own.
        Sinks.Many<Boolean> signals = Sinks.many().unicast().onBackpressureBuffer();
        revocations = signals;
        // One check at a time: revocations that come while one runs are folded into the next.
        checking = Flux.merge(
                        signals.asFlux(), Flux.interval(interval, interval).map(tick -> Boolean.TRUE))
                .onBackpressureLatest()
                .publishOn(Schedulers.boundedElastic(), 1)
                .subscribe(signal -> {
                    try {
                        checkNow();
                    } catch (RuntimeException e) {
                        log.warn("Checking the credentials of open connections failed; retrying at the next check", e);
                    }
                });
    }

    @Override
    public void stop() {
        Disposable running = checking;
        checking = null;
        if (running != null) {
            running.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return checking != null;
    }
}
