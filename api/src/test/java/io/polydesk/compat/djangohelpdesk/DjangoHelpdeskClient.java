package io.polydesk.compat.djangohelpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.TestUsers.TestUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the django-helpdesk endpoints, acting as one caller (or none); redirects not followed. */
final class DjangoHelpdeskClient {

    static final String BASE = "/helpdesk/api";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final String authorization;

    DjangoHelpdeskClient(int port, String authorization) {
        this.port = port;
        this.authorization = authorization;
    }

    static DjangoHelpdeskClient as(int port, TestUser user) {
        return new DjangoHelpdeskClient(port, user.basic());
    }

    static DjangoHelpdeskClient anonymous(int port) {
        return new DjangoHelpdeskClient(port, null);
    }

    /** One answer: status, headers and the body, parsed when it is JSON. */
    record Reply(int status, HttpResponse<String> raw) {
        JsonNode json() {
            return JSON.readTree(raw.body());
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

    String url(String path) {
        return "http://127.0.0.1:" + port + BASE + path;
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, String json) {
        return send("POST", path, "application/json", json);
    }

    Reply put(String path, String json) {
        return send("PUT", path, "application/json", json);
    }

    Reply patch(String path, String json) {
        return send("PATCH", path, "application/json", json);
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    Reply form(String method, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(method, path, "application/x-www-form-urlencoded", body);
    }

    /** A multipart body with text fields and one file under {@code fileField}. */
    Reply multipart(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        String boundary = "----polydesk" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(
                out,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                        + "\r\n"));
        if (fileField != null) {
            write(
                    out,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                            + fileName + "\"\r\nContent-Type: text/plain\r\n\r\n");
            out.writeBytes(content);
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    Reply send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = request(path)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    Reply sendWith(String path, String header, String value) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header(header, value)
                .GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    static Reply send(HttpRequest.Builder request) {
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

    static String quote(String text) {
        return JSON.writeValueAsString(text);
    }
}
