package io.polydesk.api.graphql.event;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * Spring's GraphQL WebSocket handler, keeping each connection reachable from its session attributes, so that a
 * subscription can end its connection with a close code of its own (a subscriber too slow to keep up), and known
 * to {@link OpenConnections}, which ends it when its credential is revoked.
 */
class ClosableGraphQlWebSocketHandler extends GraphQlWebSocketHandler {

    private static final String SESSION = ClosableGraphQlWebSocketHandler.class.getName() + ".session";

    private final OpenConnections connections;

    ClosableGraphQlWebSocketHandler(
            WebGraphQlHandler handler,
            HttpMessageConverter<Object> json,
            Duration initTimeout,
            Duration keepAlive,
            OpenConnections connections) {
        super(handler, json, initTimeout, keepAlive);
        this.connections = connections;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        session.getAttributes().put(SESSION, session);
        connections.opened(session);
        super.afterConnectionEstablished(session);
    }

    /**
     * A message that is not a graphql-transport-ws message (not JSON, no known type, a subscribe without an id or
     * query, a payload that is not an object) ends the connection with 4400, as the protocol asks, before Spring's
     * decoder would fail on it and close with 1011, an internal error.
     */
    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
        if (!WellFormedMessages.isWellFormed(message.getPayload())) {
            session.close(new CloseStatus(4400, "Invalid message"));
            return;
        }
        super.handleTextMessage(session, message);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        connections.closed(session);
        super.afterConnectionClosed(session, status);
    }

    /** Closes the connection whose session attributes these are; false when there is none (not a WebSocket). */
    static boolean close(Map<String, Object> attributes, CloseStatus status) {
        if (!(attributes.get(SESSION) instanceof WebSocketSession session)) {
            return false;
        }
        try {
            session.close(status);
        } catch (IOException e) {
            // The connection is gone already, which is what closing wanted.
        }
        return true;
    }
}
