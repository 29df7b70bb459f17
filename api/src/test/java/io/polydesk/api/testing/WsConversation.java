package io.polydesk.api.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A raw conversation with the GraphQL WebSocket endpoint: text frames sent as given, however malformed, and
 * everything the server said until it closed or fell quiet.
 */
public final class WsConversation {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The close code (-1: still open when the test stopped listening) and every text message, in order. */
    public record Answer(int closeCode, List<String> messages) {}

    private WsConversation() {}

    public static Answer converse(int port, Map<String, String> headers, List<String> frames, int quietSeconds)
            throws Exception {
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().subprotocols("graphql-transport-ws");
        headers.forEach(builder::header);
        WebSocket socket = builder.buildAsync(
                        URI.create("ws://127.0.0.1:" + port + "/graphql"), new WebSocket.Listener() {
                            private final StringBuilder text = new StringBuilder();

                            @Override
                            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                                text.append(data);
                                if (last) {
                                    messages.add(text.toString());
                                    text.setLength(0);
                                }
                                ws.request(1);
                                return null;
                            }

                            @Override
                            public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                                closed.complete(statusCode);
                                return null;
                            }

                            @Override
                            public void onError(WebSocket ws, Throwable error) {
                                closed.complete(1006);
                            }
                        })
                .get(20, TimeUnit.SECONDS);
        try {
            for (String frame : frames) {
                if (closed.isDone()) {
                    break;
                }
                try {
                    socket.sendText(frame, true).get(20, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    break;
                }
            }
            int code;
            try {
                code = closed.get(quietSeconds, TimeUnit.SECONDS);
            } catch (TimeoutException open) {
                code = -1;
            }
            List<String> received = new ArrayList<>();
            messages.drainTo(received);
            return new Answer(code, received);
        } finally {
            socket.abort();
        }
    }
}
