package io.polydesk.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.polydesk.domain.webhook.SendResult;
import io.polydesk.domain.webhook.WebhookAddressGuard;
import io.polydesk.domain.webhook.WebhookRequest;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * https deliveries connect to the checked address yet check the certificate against the URL's host name: a
 * receiver whose certificate names another host is refused, although its chain is trusted.
 */
class HttpsWebhookSenderTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    Path dir;

    private KeyStore keyStore(String dnsName) throws Exception {
        Path file = dir.resolve(dnsName + ".p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "receiver",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        file.toString(),
                        "-storepass",
                        new String(PASSWORD),
                        "-dname",
                        "CN=" + dnsName,
                        "-ext",
                        "SAN=dns:" + dnsName,
                        "-validity",
                        "2")
                .redirectErrorStream(true)
                .start();
        assertThat(keytool.waitFor())
                .as(new String(keytool.getInputStream().readAllBytes()))
                .isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    private static HttpsServer serve(KeyStore store, AtomicReference<String> host) throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            host.set(exchange.getRequestHeaders().getFirst("Host"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static HttpWebhookSender sender(KeyStore trusted) throws Exception {
        TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
        factory.init(trusted);
        WebhookProperties properties = new WebhookProperties(
                true,
                List.of("localhost"),
                Duration.ofSeconds(1),
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                DataSize.ofKilobytes(64),
                Duration.ofSeconds(10),
                Duration.ofHours(1),
                Duration.ofHours(24),
                Duration.ofMinutes(2),
                3,
                Duration.ofHours(24),
                8);
        return new HttpWebhookSender(
                new WebhookAddressGuard(List.of("localhost")), properties, (X509ExtendedTrustManager)
                        factory.getTrustManagers()[0]);
    }

    private static WebhookRequest to(HttpsServer server) {
        return new WebhookRequest(
                URI.create("https://localhost:" + server.getAddress().getPort() + "/hook"), "msg_1", 1, "v1,x", "{}");
    }

    @Test
    void aCertificateForTheUrlsHostIsAccepted() throws Exception {
        KeyStore store = keyStore("localhost");
        AtomicReference<String> host = new AtomicReference<>();
        HttpsServer server = serve(store, host);
        try {
            SendResult result = sender(store).send(to(server));
            assertThat(result.delivered()).as(String.valueOf(result.error())).isTrue();
            assertThat(host.get()).isEqualTo("localhost:" + server.getAddress().getPort());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aTrustedCertificateForAnotherHostIsRefused() throws Exception {
        KeyStore store = keyStore("other.test");
        HttpsServer server = serve(store, new AtomicReference<>());
        try {
            SendResult result = sender(store).send(to(server));
            assertThat(result.delivered()).isFalse();
            assertThat(result.statusCode()).isNull();
            assertThat(result.error()).startsWith("TLS failed");
        } finally {
            server.stop(0);
        }
    }
}
