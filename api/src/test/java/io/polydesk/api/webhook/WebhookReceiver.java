package io.polydesk.api.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on loopback for tests: records every request and answers as told, by the request's number
 * (0 for the first): a status, a hang, a redirect or an endless body.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Received(String messageId, long timestamp, String signature, String host, String body, long at) {}

    /** How to answer one request. */
    sealed interface Answer {}

    record Status(int code) implements Answer {}

    record Hang(Duration duration) implements Answer {}

    record Redirect(String location) implements Answer {}

    record EndlessBody() implements Answer {}

    static Answer status(int code) {
        return new Status(code);
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile IntFunction<Answer> answers = n -> new Status(200);
    private volatile long endlessBytesSent;

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    /** By name, so the test also shows that the Host header keeps the name while the connection uses the address. */
    public String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/hook";
    }

    String hostHeader() {
        return "localhost:" + server.getAddress().getPort();
    }

    void answer(IntFunction<Answer> value) {
        answers = value;
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    long endlessBytesSent() {
        return endlessBytesSent;
    }

    /** Waits until at least {@code count} requests arrived, or fails after {@code timeout}. */
    public List<Received> awaitCount(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "expected " + count + " webhook requests, got " + received.size() + ": " + received);
            }
            Thread.sleep(50);
        }
        return received();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        int number;
        synchronized (received) {
            number = received.size();
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            received.add(new Received(
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    timestamp == null ? -1 : Long.parseLong(timestamp),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    exchange.getRequestHeaders().getFirst("Host"),
                    new String(body, StandardCharsets.UTF_8),
                    System.currentTimeMillis()));
        }
        Answer answer = answers.apply(number);
        try (exchange) {
            if (answer instanceof Status s) {
                exchange.sendResponseHeaders(s.code(), -1);
            } else if (answer instanceof Redirect r) {
                exchange.getResponseHeaders().add("Location", r.location());
                exchange.sendResponseHeaders(302, -1);
            } else if (answer instanceof Hang h) {
                sleep(h.duration());
            } else {
                endless(exchange);
            }
        }
    }

    private void endless(HttpExchange exchange) {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'x');
        try {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (int i = 0; i < 1600; i++) { // 100 MB, unless the client hangs up first
                out.write(chunk);
                endlessBytesSent += chunk.length;
            }
        } catch (IOException e) {
            // the client hung up: what the test wants
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What a receiver does: HMAC-SHA256 over id.timestamp.body with the secret's key, compared with each v1 entry. */
    static boolean verifies(String secret, Received request) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            String expected = Base64.getEncoder()
                    .encodeToString(mac.doFinal((request.messageId() + "." + request.timestamp() + "." + request.body())
                            .getBytes(StandardCharsets.UTF_8)));
            for (String entry : request.signature().split(" ")) {
                if (entry.equals("v1," + expected)) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
