package io.polydesk.compat.bossdesk;

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

/** A plain HTTP client for the BOSSDesk endpoints, sending JSON as the document's clients do. */
final class BossDeskClient {

    static final String BASE = "/bossdesk/api/v1";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final String authorization;

    BossDeskClient(int port, String authorization) {
        this.port = port;
        this.authorization = authorization;
    }

    static BossDeskClient as(int port, TestUser user) {
        return new BossDeskClient(port, user.basic());
    }

    static BossDeskClient withToken(int port, String apiKey) {
        return new BossDeskClient(port, "Token token=\"" + apiKey + "\"");
    }

    static BossDeskClient anonymous(int port) {
        return new BossDeskClient(port, null);
    }

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

        /** The messages of one field of Rails' {@code {"errors": {...}}}. */
        JsonNode errors(String field) {
            return json().get("errors").get(field);
        }
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, String body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply patch(String path, String body) {
        return send(request(path).method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    Reply send(String method, String path, String body) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + BASE + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
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
