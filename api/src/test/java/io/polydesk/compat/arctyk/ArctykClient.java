package io.polydesk.compat.arctyk;

import io.polydesk.api.testing.HttpReply;
import io.polydesk.api.testing.HttpTestClient;
import io.polydesk.api.testing.TestUsers.TestUser;
import java.net.http.HttpResponse;
import java.util.Map;

/** The Arctyk endpoints, acting as one caller (or none); paths are given whole, with the base. */
final class ArctykClient extends HttpTestClient<ArctykClient.Reply> {

    ArctykClient(int port, String authorization) {
        super(port, "", authorization, Map.of("Accept", "application/json"), Reply::of);
    }

    static ArctykClient as(int port, TestUser user) {
        return new ArctykClient(port, user.basic());
    }

    static ArctykClient anonymous(int port) {
        return new ArctykClient(port, null);
    }

    record Reply(int status, HttpResponse<String> raw) implements HttpReply<Reply> {
        static Reply of(HttpResponse<String> raw) {
            return new Reply(raw.statusCode(), raw);
        }
    }
}
