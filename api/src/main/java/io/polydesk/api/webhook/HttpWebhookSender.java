package io.polydesk.api.webhook;

import io.polydesk.domain.webhook.SendResult;
import io.polydesk.domain.webhook.WebhookAddressGuard;
import io.polydesk.domain.webhook.WebhookAddressGuard.AddressRefused;
import io.polydesk.domain.webhook.WebhookRequest;
import io.polydesk.domain.webhook.WebhookSender;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Sends webhook attempts with the JDK's HTTP client: the host is resolved and checked by the address guard, and
 * the connection goes to exactly that checked address (the URL's host kept in {@code Host} and, for https, in SNI
 * and the certificate check), so a name cannot resolve to one address for the check and another for the
 * connection. Redirects are not followed, the answer is read up to a cap, and everything ends at the timeouts.
 */
@Component
class HttpWebhookSender implements WebhookSender {

    static final String RESTRICTED_HEADERS = "jdk.httpclient.allowRestrictedHeaders";

    static {
        allowHostHeader();
    }

    private static final int MAX_TLS_CLIENTS = 64;
    private static final int ERROR_SNIPPET = 200;

    private final WebhookAddressGuard guard;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final int maxResponseBytes;
    private final HttpClient plain;
    private final Map<String, HttpClient> tlsByHost = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, HttpClient> eldest) {
            return size() > MAX_TLS_CLIENTS;
        }
    });

    private final X509ExtendedTrustManager trust;

    @Autowired
    HttpWebhookSender(WebhookAddressGuard guard, WebhookProperties properties) {
        this(guard, properties, HostCheckingTrustManager.jvmDefault());
    }

    /** {@code trust} decides which certificate chains are trusted (the JVM's trust store in production). */
    HttpWebhookSender(WebhookAddressGuard guard, WebhookProperties properties, X509ExtendedTrustManager trust) {
        this.guard = guard;
        this.trust = trust;
        this.connectTimeout = properties.connectTimeout();
        this.readTimeout = properties.readTimeout();
        this.maxResponseBytes =
                (int) Math.min(Integer.MAX_VALUE, properties.maxResponseSize().toBytes());
        this.plain = builder().build();
    }

    /**
     * The JDK refuses a {@code Host} header unless told otherwise, once per process, before its first request;
     * {@code PolydeskApplication.main} calls this first thing, and loading this class does too.
     */
    static void allowHostHeader() {
        String current = System.getProperty(RESTRICTED_HEADERS, "");
        if (!current.toLowerCase().contains("host")) {
            System.setProperty(RESTRICTED_HEADERS, current.isBlank() ? "host" : current + ",host");
        }
    }

    @Override
    public SendResult send(WebhookRequest request) {
        URI url = request.url();
        InetAddress address;
        try {
            address = guard.resolve(url);
        } catch (AddressRefused e) {
            return SendResult.refused(e.getMessage());
        }
        HttpRequest http;
        try {
            http = HttpRequest.newBuilder(pinned(url, address))
                    .timeout(readTimeout)
                    .header("Host", url.getRawAuthority())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Polydesk-Webhooks/1")
                    .header("webhook-id", request.messageId())
                    .header("webhook-timestamp", Long.toString(request.timestamp()))
                    .header("webhook-signature", request.signature())
                    .POST(HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8))
                    .build();
        } catch (IllegalArgumentException e) {
            return SendResult.refused("cannot send to this URL: " + e.getMessage());
        }
        HttpClient client;
        try {
            client = client(url);
        } catch (GeneralSecurityException e) {
            return SendResult.unreachable("TLS is not available: " + e.getMessage());
        }
        CompletableFuture<HttpResponse<String>> answer =
                client.sendAsync(http, info -> new CappedBody(maxResponseBytes));
        try {
            HttpResponse<String> response =
                    answer.get(connectTimeout.plus(readTimeout).toMillis(), TimeUnit.MILLISECONDS);
            SendResult result = SendResult.answered(response.statusCode(), retryAfter(response));
            return result.delivered() ? result : withSnippet(result, response.body());
        } catch (TimeoutException e) {
            answer.cancel(true);
            return SendResult.unreachable("no complete answer within " + readTimeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            return SendResult.unreachable("interrupted");
        } catch (ExecutionException e) {
            return failure(e.getCause());
        }
    }

    private static SendResult failure(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return SendResult.unreachable("connect timed out");
        }
        if (cause instanceof HttpTimeoutException) {
            return SendResult.unreachable("no answer in time");
        }
        if (cause instanceof ConnectException) {
            return SendResult.unreachable("connection refused");
        }
        if (cause instanceof SSLException) {
            return SendResult.unreachable("TLS failed: " + cause.getMessage());
        }
        if (cause instanceof IOException) {
            return SendResult.unreachable(
                    "connection failed: " + cause.getClass().getSimpleName());
        }
        return SendResult.unreachable("could not send: " + cause.getClass().getSimpleName());
    }

    private static SendResult withSnippet(SendResult result, String body) {
        if (body == null || body.isBlank()) {
            return result;
        }
        String snippet = body.length() <= ERROR_SNIPPET ? body : body.substring(0, ERROR_SNIPPET) + "...";
        return new SendResult(
                result.statusCode(), result.error() + ": " + snippet.strip(), result.retryable(), result.retryAfter());
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Retry-After")
                .map(String::strip)
                .filter(v -> v.matches("\\d{1,7}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v)))
                .orElse(null);
    }

    /** The URL with its host replaced by the checked address. */
    static URI pinned(URI url, InetAddress address) {
        String literal = address.getHostAddress();
        int scope = literal.indexOf('%');
        if (scope >= 0) {
            literal = literal.substring(0, scope);
        }
        String host = address instanceof Inet6Address ? "[" + literal + "]" : literal;
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
        String port = url.getPort() == -1 ? "" : ":" + url.getPort();
        return URI.create(url.getScheme().toLowerCase() + "://" + host + port + path + query);
    }

    /**
     * https to a name: a client that names the host in SNI and checks the certificate against it (the JDK checks no
     * name when it connects to an address).
     */
    private HttpClient client(URI url) throws GeneralSecurityException {
        if (!"https".equalsIgnoreCase(url.getScheme())) {
            return plain;
        }
        String host = WebhookAddressGuard.bareHost(url).toLowerCase(Locale.ROOT);
        HttpClient cached = tlsByHost.get(host);
        if (cached != null) {
            return cached;
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new HostCheckingTrustManager(trust, host)}, null);
        SSLParameters parameters = context.getDefaultSSLParameters();
        if (!isLiteral(host)) {
            parameters.setServerNames(List.of(new SNIHostName(host)));
        }
        HttpClient client =
                builder().sslContext(context).sslParameters(parameters).build();
        tlsByHost.put(host, client);
        return client;
    }

    private static boolean isLiteral(String host) {
        return host.contains(":") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    }

    private HttpClient.Builder builder() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .proxy(HttpClient.Builder.NO_PROXY);
    }
}
