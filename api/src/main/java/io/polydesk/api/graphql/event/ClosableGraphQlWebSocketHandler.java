package io.polydesk.api.graphql.event;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * Spring's GraphQL WebSocket handler, keeping each connection reachable from its session attributes, so that a
 * subscription can end its connection with a close code of its own (a subscriber too slow to keep up).
 */
class ClosableGraphQlWebSocketHandler extends GraphQlWebSocketHandler {

    private static final String SESSION = ClosableGraphQlWebSocketHandler.class.getName() + ".session";

    ClosableGraphQlWebSocketHandler(
            WebGraphQlHandler handler, HttpMessageConverter<Object> json, Duration initTimeout, Duration keepAlive) {
        super(handler, json, initTimeout, keepAlive);
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        session.getAttributes().put(SESSION, session);
        super.afterConnectionEstablished(session);
    }

    /** Closes the connection whose session attributes these are, if it is still open. */
    static void close(Map<String, Object> attributes, CloseStatus status) {
        if (attributes.get(SESSION) instanceof WebSocketSession session && session.isOpen()) {
            try {
                session.close(status);
            } catch (IOException e) {
                // The connection is gone already, which is what closing wanted.
            }
        }
    }
}
