package io.polydesk.compat.bossdesk;

import io.polydesk.api.testing.HttpReply;
import io.polydesk.api.testing.HttpTestClient;
import io.polydesk.api.testing.TestUsers.TestUser;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The BOSSDesk endpoints, sending JSON as the document's clients do, on every request. */
final class BossDeskClient extends HttpTestClient<BossDeskClient.Reply> {

    static final String BASE = "/bossdesk/api/v1";

    BossDeskClient(int port, String authorization) {
        super(
                port,
                BASE,
                authorization,
                Map.of("Content-Type", "application/json", "Accept", "application/json"),
                Reply::of);
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

    /** Any method with a JSON body. */
    Reply send(String method, String path, String body) {
        return send(method, path, "application/json", body);
    }

    record Reply(int status, HttpResponse<String> raw) implements HttpReply<Reply> {
        static Reply of(HttpResponse<String> raw) {
            return new Reply(raw.statusCode(), raw);
        }

        /** The messages of one field of Rails' {@code {"errors": {...}}}. */
        JsonNode errors(String field) {
            return json().get("errors").get(field);
        }
    }
}
