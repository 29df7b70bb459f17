package io.polydesk.compat.ticketingv1;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.HttpReply;
import io.polydesk.api.testing.HttpTestClient;
import io.polydesk.api.testing.TestUsers.TestUser;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The Ticketing Platform endpoints, acting as one caller (or none). */
final class TicketingV1Client extends HttpTestClient<TicketingV1Client.Reply> {

    private TicketingV1Client(int port, String authorization, String base) {
        super(port, base, authorization, Map.of("Accept", "application/json"), Reply::of);
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
        return new TicketingV1Client(port(), authorization(), otherBase);
    }

    /** A request to a path outside the dialect, such as {@code /graphql} or {@code /api/tickets/}. */
    Reply raw(String method, String absolutePath, String body) {
        return outside(method, absolutePath, "application/json", body);
    }

    /** A GET that accepts only {@code accept}, as a client that wants another format would send. */
    Reply rawWithAccept(String absolutePath, String accept) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(origin() + absolutePath)).header("Accept", accept);
        if (authorization() != null) {
            request.header("Authorization", authorization());
        }
        return call(request.GET());
    }

    record Reply(int status, HttpResponse<String> raw) implements HttpReply<Reply> {
        static Reply of(HttpResponse<String> raw) {
            return new Reply(raw.statusCode(), raw);
        }

        JsonNode data() {
            return json().get("data");
        }

        JsonNode error() {
            return json().get("error");
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
}
