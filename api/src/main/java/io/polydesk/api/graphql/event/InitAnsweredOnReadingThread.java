package io.polydesk.api.graphql.event;

import io.micrometer.context.ContextSnapshotFactory;
import java.time.Duration;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.web.socket.CloseStatus;
import reactor.core.publisher.Mono;

/**
 * Decides {@code connection_init} on the thread that read it, and closes a refused connection with 4401 there.
 * Spring's handler publishes the answer on the connection's own single-thread scheduler and closes from that
 * thread. For a refusal that is a plain {@code Mono.error}, Reactor schedules it as a callable task and, when the
 * task has already been cancelled by the time the reading thread records it, cancels it with an interrupt while it
 * still runs; Tomcat cannot send the close frame from an interrupted thread and drops the TCP connection instead, so
 * the client saw 1006. Spring's own close that follows finds the connection closed and does nothing.
 */
final class InitAnsweredOnReadingThread implements WebGraphQlHandler {

    static final CloseStatus UNAUTHORIZED = new CloseStatus(4401, "Unauthorized");

    /** As long as Spring's handler waits for the answer itself. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private final WebGraphQlHandler delegate;
    private final WebSocketGraphQlInterceptor interceptor;

    InitAnsweredOnReadingThread(WebGraphQlHandler delegate) {
        this.delegate = delegate;
        this.interceptor = new Interceptor(delegate.getWebSocketInterceptor());
    }

    @Override
    public WebSocketGraphQlInterceptor getWebSocketInterceptor() {
        return interceptor;
    }

    @Override
    public ContextSnapshotFactory contextSnapshotFactory() {
        return delegate.contextSnapshotFactory();
    }

    @Override
    public Mono<WebGraphQlResponse> handleRequest(WebGraphQlRequest request) {
        return delegate.handleRequest(request);
    }

    private record Interceptor(WebSocketGraphQlInterceptor delegate) implements WebSocketGraphQlInterceptor {

        @Override
        public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
            Object acknowledgement;
            try {
                acknowledgement = delegate.handleConnectionInitialization(session, payload)
                        .block(ANSWER_TIMEOUT);
            } catch (RuntimeException refused) {
                ClosableGraphQlWebSocketHandler.close(session.getAttributes(), UNAUTHORIZED);
                return Mono.error(refused);
            }
            return Mono.justOrEmpty(acknowledgement);
        }

        @Override
        public Mono<Void> handleCancelledSubscription(WebSocketSessionInfo session, String id) {
            return delegate.handleCancelledSubscription(session, id);
        }

        @Override
        public void handleConnectionClosed(WebSocketSessionInfo session, int statusCode, Map<String, Object> payload) {
            delegate.handleConnectionClosed(session, statusCode, payload);
        }
    }
}
