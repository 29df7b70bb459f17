package io.polydesk.compat.arctyk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.TestUsers.TestUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the Arctyk endpoints, acting as one caller (or none). */
final class ArctykClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final String authorization;

    ArctykClient(int port, String authorization) {
        this.port = port;
        this.authorization = authorization;
    }

    static ArctykClient as(int port, TestUser user) {
        return new ArctykClient(port, user.basic());
    }

    static ArctykClient anonymous(int port) {
        return new ArctykClient(port, null);
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

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, String body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply patch(String path, String body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
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

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json");
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

    static String quote(String text) {
        return JSON.writeValueAsString(text);
    }
}
