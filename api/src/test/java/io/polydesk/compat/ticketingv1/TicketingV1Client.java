package io.polydesk.compat.ticketingv1;

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

/** A plain HTTP client for the Ticketing Platform endpoints, acting as one caller (or none), as a script would. */
final class TicketingV1Client {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final String authorization;
    private final String base;

    private TicketingV1Client(int port, String authorization, String base) {
        this.port = port;
        this.authorization = authorization;
        this.base = base;
    }

    static TicketingV1Client as(int port, TestUser user) {
        return new TicketingV1Client(port, user.basic(), "/api/v1");
    }

    /** Signs in with {@code POST /auth/login} and sends the token as the document does. */
    static TicketingV1Client withToken(int port, TestUser user) {
        String token = anonymous(port)
                .post(
                        "/auth/login",
                        "{\"email\":" + quote(user.user().email()) + ",\"password\":" + quote(user.password()) + "}")
                .expect(200)
                .json()
                .get("token")
                .asString();
        return new TicketingV1Client(port, "Bearer " + token, "/api/v1");
    }

    static TicketingV1Client anonymous(int port) {
        return new TicketingV1Client(port, null, "/api/v1");
    }

    /** The same caller under another base path. */
    TicketingV1Client under(String otherBase) {
        return new TicketingV1Client(port, authorization, otherBase);
    }

    /** One answer: status, headers and the body, parsed when it is JSON. */
    record Reply(int status, HttpResponse<String> raw) {
        JsonNode json() {
            return JSON.readTree(raw.body());
        }

        JsonNode data() {
            return json().get("data");
        }

        JsonNode error() {
            return json().get("error");
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

        /** The error envelope's code, after checking the status and that the envelope is complete. */
        Reply expectError(int expected, String code) {
            expect(expected);
            assertThat(raw.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            JsonNode error = error();
            assertThat(error).as(raw.body()).isNotNull();
            assertThat(error.get("code").asString()).as(raw.body()).isEqualTo(code);
            assertThat(error.get("message").asString()).isNotBlank();
            assertThat(error.get("details").isArray()).isTrue();
            return this;
        }

        /** The message given for {@code field} in the error's details. */
        String detail(String field) {
            for (JsonNode d : error().get("details")) {
                if (d.get("field").asString().equals(field)) {
                    return d.get("message").asString();
                }
            }
            throw new AssertionError("No detail for " + field + " in " + raw.body());
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

    /** A request to a path outside the dialect, such as {@code /graphql} or {@code /api/tickets/}. */
    Reply raw(String method, String absolutePath, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + absolutePath))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    /** A GET that accepts only {@code accept}, as a client that wants another format would send. */
    Reply rawWithAccept(String absolutePath, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + absolutePath))
                .header("Accept", accept);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + base + path))
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
