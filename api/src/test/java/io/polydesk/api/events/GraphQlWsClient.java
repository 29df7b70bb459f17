package io.polydesk.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain client of the graphql-transport-ws protocol over the JDK's WebSocket, as a browser library would speak
 * it: connection_init, then subscribe messages; every message from the server is queued for the test to read.
 */
final class GraphQlWsClient implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BlockingQueue<Map<String, Object>> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private GraphQlWsClient(int port, Map<String, String> headers) {
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().subprotocols("graphql-transport-ws");
        headers.forEach(builder::header);
        socket = builder.buildAsync(URI.create("ws://127.0.0.1:" + port + "/graphql"), new Listener())
                .orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                .join();
    }

    /** Connects with the given upgrade headers (none: an empty map); nothing is sent yet. */
    static GraphQlWsClient open(int port, Map<String, String> headers) {
        return new GraphQlWsClient(port, headers);
    }

    /** Connects with no upgrade header and initialises with {@code Authorization} in the payload; waits for the ack. */
    static GraphQlWsClient connect(int port, String authorization) {
        GraphQlWsClient client = open(port, Map.of());
        client.init(authorization == null ? Map.of() : Map.of("Authorization", authorization));
        client.expectAck();
        return client;
    }

    void init(Map<String, Object> payload) {
        send(Map.of("type", "connection_init", "payload", payload));
    }

    void expectAck() {
        assertThat(next().get("type")).isEqualTo("connection_ack");
    }

    void subscribe(String id, String query) {
        send(Map.of("type", "subscribe", "id", id, "payload", Map.of("query", query)));
    }

    void complete(String id) {
        send(Map.of("type", "complete", "id", id));
    }

    /** The next message of any type; fails when none comes in time. */
    Map<String, Object> next() {
        try {
            Map<String, Object> message = messages.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(message)
                    .as("a message from the server within " + TIMEOUT)
                    .isNotNull();
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The data of the next {@code next} message for {@code id}, skipping pings. */
    @SuppressWarnings("unchecked")
    Map<String, Object> nextEvent(String id, String field) {
        Map<String, Object> message = nextFor(id);
        assertThat(message.get("type")).as(message.toString()).isEqualTo("next");
        Map<String, Object> payload = (Map<String, Object>) message.get("payload");
        assertThat(payload.get("errors")).as(message.toString()).isNull();
        return (Map<String, Object>) ((Map<String, Object>) payload.get("data")).get(field);
    }

    /** The next message for {@code id} (next, error or complete). */
    Map<String, Object> nextFor(String id) {
        while (true) {
            Map<String, Object> message = next();
            if (id.equals(message.get("id"))) {
                return message;
            }
        }
    }

    /** Events for {@code id} until one satisfies {@code last}, all of them in order. */
    List<Map<String, Object>> eventsUntil(
            String id, String field, java.util.function.Predicate<Map<String, Object>> last) {
        List<Map<String, Object>> events = new ArrayList<>();
        while (true) {
            Map<String, Object> event = nextEvent(id, field);
            events.add(event);
            if (last.test(event)) {
                return events;
            }
        }
    }

    /** The close code the server ended the connection with. */
    int awaitClose() {
        return closed.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    private void send(Map<String, Object> message) {
        socket.sendText(JSON.writeValueAsString(message), true).join();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        @SuppressWarnings("unchecked")
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                Map<String, Object> message = JSON.readValue(text.toString(), LinkedHashMap.class);
                text.setLength(0);
                if (!"ping".equals(message.get("type"))) {
                    messages.add(message);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
