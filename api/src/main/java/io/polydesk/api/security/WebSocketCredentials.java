package io.polydesk.api.security;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.token.SessionCredential;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The caller of a GraphQL WebSocket connection, from any credential form Polydesk accepts: an
 * {@code Authorization} value in the {@code connection_init} payload (at its top or under {@code headers}), or the
 * {@code Authorization} header of the upgrade request, which {@link CredentialsFilter} has already checked. Wrong
 * credentials in the payload close the connection with 4401. Every operation on the connection then runs as
 * that caller, exactly as an HTTP request with the same credentials would.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class WebSocketCredentials implements WebSocketGraphQlInterceptor {

    private static final String ACTOR = WebSocketCredentials.class.getName() + ".actor";
    private static final String CREDENTIAL = WebSocketCredentials.class.getName() + ".credential";
    /** The key under which Spring Security's context travels with a GraphQL execution. */
    private static final String SECURITY_CONTEXT_KEY = SecurityContext.class.getName();

    private final CredentialAuthenticator authenticator;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    WebSocketCredentials(CredentialAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
        Optional<Object> authorization = authorization(payload);
        if (authorization.isPresent()) {
            if (!(authorization.get() instanceof String value)) {
                return Mono.error(new BadCredentialsException("Authorization must be a string"));
            }
            return Mono.fromRunnable(() -> remember(
                            session,
                            authenticator
                                    .signIn(value, address(session))
                                    .orElseThrow(() -> new BadCredentialsException("Empty credentials"))))
                    .then(Mono.empty());
        }
        // CredentialsFilter has checked the upgrade's header; signing in again only reads what it cached.
        String upgrade = session.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return Mono.fromRunnable(() -> authenticator
                        .signIn(upgrade, address(session))
                        .ifPresent(signedIn -> remember(session, signedIn)))
                .then(Mono.empty());
    }

    private static void remember(WebSocketSessionInfo session, CredentialAuthenticator.SignedIn signedIn) {
        session.getAttributes().put(ACTOR, signedIn.actor());
        session.getAttributes().put(CREDENTIAL, signedIn.credential());
    }

    /** What the connection with these attributes signed in with, if it signed in. */
    public static Optional<SessionCredential> credentialOf(Map<String, Object> attributes) {
        return attributes.get(CREDENTIAL) instanceof SessionCredential credential
                ? Optional.of(credential)
                : Optional.empty();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!(request instanceof WebSocketGraphQlRequest socketRequest)) {
            return chain.next(request);
        }
        SecurityContext context = contexts.createEmptyContext();
        if (socketRequest.getSessionInfo().getAttributes().get(ACTOR) instanceof Actor actor) {
            context.setAuthentication(new ActorAuthentication(actor));
        }
        // Interceptors after this one read the caller on this thread; the execution reads it from the context.
        SecurityContext previous = contexts.getContext();
        contexts.setContext(context);
        try {
            return chain.next(request).contextWrite(reactor -> reactor.put(SECURITY_CONTEXT_KEY, context));
        } finally {
            contexts.setContext(previous);
        }
    }

    /** {@code Authorization} (any case) at the payload's top or in its {@code headers}; anything else is wrong. */
    private static Optional<Object> authorization(Map<String, Object> payload) {
        if (payload == null) {
            return Optional.empty();
        }
        Object value = find(payload);
        if (value == null && payload.get("headers") instanceof Map<?, ?> headers) {
            value = find(headers);
        }
        return Optional.ofNullable(value);
    }

    private static Object find(Map<?, ?> map) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (entry.getKey() instanceof String key && key.equalsIgnoreCase("authorization")) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static String address(WebSocketSessionInfo session) {
        InetSocketAddress remote = session.getRemoteAddress();
        return remote == null || remote.getAddress() == null
                ? "unknown"
                : remote.getAddress().getHostAddress();
    }
}
