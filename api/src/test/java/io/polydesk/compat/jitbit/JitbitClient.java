package io.polydesk.compat.jitbit;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.TestUsers.TestUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client calling Jitbit methods the ways real clients do: query strings, forms, JSON, multipart. */
final class JitbitClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final String authorization;

    JitbitClient(int port, String authorization) {
        this.port = port;
        this.authorization = authorization;
    }

    static JitbitClient as(int port, TestUser user) {
        return new JitbitClient(port, user.basic());
    }

    static JitbitClient anonymous(int port) {
        return new JitbitClient(port, null);
    }

    /** One answer: status, headers and the body, parsed when it is JSON. */
    record Reply(int status, HttpResponse<String> raw) {
        JsonNode json() {
            return JSON.readTree(raw.body());
        }

        long id() {
            return Long.parseLong(raw.body().strip());
        }

        String text() {
            return json().asString();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        Reply expect(int expected) {
            assertThat(status)
                    .as("%s %s -> %s", raw.request().method(), raw.request().uri(), raw.body())
                    .isEqualTo(expected);
            return this;
        }
    }

    Reply get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    /** A form-urlencoded POST: {@code form("subject", "Printer", "body", "...")}. */
    Reply form(String path, String... pairs) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(pairs))));
    }

    Reply json(String path, String body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A POST with everything in the query string and no body, as the PHP client sends. */
    Reply postQuery(String pathAndQuery) {
        return send(request(pathAndQuery).POST(HttpRequest.BodyPublishers.noBody()));
    }

    Reply send(String method, String path) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** A multipart POST with text fields and one file part. */
    Reply multipart(String path, String filePart, String fileName, byte[] content, String... pairs) {
        String boundary = "jitbit-" + UUID.randomUUID();
        List<byte[]> parts = new ArrayList<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + pairs[i] + "\"\r\n\r\n"
                            + pairs[i + 1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (filePart != null) {
            parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + filePart + "\"; filename=\""
                            + fileName + "\"\r\nContent-Type: text/plain\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            parts.add(content);
            parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)));
    }

    static String encode(String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (!form.isEmpty()) {
                form.append('&');
            }
            form.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
