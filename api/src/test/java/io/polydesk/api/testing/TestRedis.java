package io.polydesk.api.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;

/**
 * The Redis server tests run against: {@code POLYDESK_TEST_REDIS_URL}, else the machine's own on 127.0.0.1:6379.
 * Where it does not answer, tests that need it are skipped with a message; on CI that is a failure instead.
 */
public final class TestRedis {

    public record Server(String host, int port) {
        public String url() {
            return "redis://" + host + ":" + port;
        }
    }

    private TestRedis() {}

    /** The configured server, whether or not it answers. */
    public static Server configured() {
        String url = System.getenv("POLYDESK_TEST_REDIS_URL");
        URI uri = URI.create(url == null || url.isBlank() ? "redis://127.0.0.1:6379" : url);
        return new Server(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort());
    }

    /** The configured server; skips the calling test when it does not answer, and fails it on CI. */
    public static Server require() {
        Server server = configured();
        if (!answersPing(server)) {
            String how = "No Redis at " + server.url() + ": start one (redis-server --daemonize yes, as .ci/run does)"
                    + " or set POLYDESK_TEST_REDIS_URL";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(how + "; CI must run the Redis tests");
            }
            Assumptions.abort(how);
        }
        return server;
    }

    private static boolean answersPing(Server server) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.host(), server.port()), 1000);
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = in.readNBytes(5);
            return "+PONG".equals(new String(answer, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false;
        }
    }
}
