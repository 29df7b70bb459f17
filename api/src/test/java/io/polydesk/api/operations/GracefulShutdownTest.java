package io.polydesk.api.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.api.testing.PolydeskNode;
import io.polydesk.api.testing.TestUsers;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Graceful shutdown as README's Production section promises it: when the server is told to stop, readiness turns to
 * refusing traffic, the listening socket closes so new connections are refused, and a request already running still
 * finishes with its answer before the context ends.
 */
class GracefulShutdownTest {

    private static final String ADMIN = TestUsers.ADMIN_BASIC;
    private static final String ANSWER = "finished after shutdown began";

    private static final CountDownLatch entered = new CountDownLatch(1);
    private static final CountDownLatch released = new CountDownLatch(1);

    @TempDir
    Path work;

    private PolydeskNode node;

    /** A request that runs until the test lets it finish; only this test's server has it (no stereotype, no scan). */
    static class SlowRequest {

        @Bean
        RouterFunction<ServerResponse> slowRequestForShutdownTest() {
            return RouterFunctions.route()
                    .GET("/test-only/slow", request -> {
                        entered.countDown();
                        if (!released.await(60, TimeUnit.SECONDS)) {
                            return ServerResponse.status(503).build();
                        }
                        return ServerResponse.ok()
                                .contentType(MediaType.TEXT_PLAIN)
                                .body(ANSWER);
                    })
                    .build();
        }
    }

    @AfterEach
    void stop() {
        released.countDown();
        if (node != null) {
            node.close();
        }
    }

    @Test
    void anInFlightRequestFinishesWhileReadinessRefusesTrafficAndNewConnectionsAreRefused() throws Exception {
        Map<String, String> settings = new HashMap<>(PolydeskNode.sharedDatabase(work.resolve("db")));
        settings.put("polydesk.data-dir", work.resolve("data").toString());
        node = PolydeskNode.start(settings, SlowRequest.class);
        int port = node.port();
        ApplicationAvailability availability = node.context().getBean(ApplicationAvailability.class);
        HealthEndpoint health = node.context().getBean(HealthEndpoint.class);
        assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.UP);

        CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/test-only/slow"))
                                .header("Authorization", ADMIN)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(30, TimeUnit.SECONDS))
                .as("the slow request is running")
                .isTrue();

        CompletableFuture<Void> closing = CompletableFuture.runAsync(node::close);

        waitFor(() -> availability.getReadinessState() == ReadinessState.REFUSING_TRAFFIC);
        assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        waitFor(() -> !accepts(port));
        assertThatThrownBy(() -> connect(port)).isInstanceOf(ConnectException.class);
        assertThat(inFlight).isNotDone();
        assertThat(closing).as("the context waits for the request").isNotDone();

        released.countDown();

        HttpResponse<String> answer = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(ANSWER);
        closing.get(30, TimeUnit.SECONDS);
        assertThat(node.context().isActive()).isFalse();
    }

    private static boolean accepts(int port) {
        try {
            connect(port);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static void connect(int port) throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
