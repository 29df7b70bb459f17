package io.polydesk.compat.djangohelpdesk;

import io.polydesk.api.testing.HttpReply;
import io.polydesk.api.testing.HttpTestClient;
import io.polydesk.api.testing.TestUsers.TestUser;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** The django-helpdesk endpoints, acting as one caller (or none); redirects not followed. */
final class DjangoHelpdeskClient extends HttpTestClient<DjangoHelpdeskClient.Reply> {

    static final String BASE = "/helpdesk/api";

    DjangoHelpdeskClient(int port, String authorization) {
        super(port, BASE, authorization, Map.of(), Reply::of);
    }

    static DjangoHelpdeskClient as(int port, TestUser user) {
        return new DjangoHelpdeskClient(port, user.basic());
    }

    static DjangoHelpdeskClient anonymous(int port) {
        return new DjangoHelpdeskClient(port, null);
    }

    /** A GET with one header of the test's choosing and no credentials. */
    Reply sendWith(String path, String header, String value) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header(header, value)
                .GET());
    }

    /** Sends a request as built. */
    static Reply send(HttpRequest.Builder request) {
        return Reply.of(exchange(request));
    }

    record Reply(int status, HttpResponse<String> raw) implements HttpReply<Reply> {
        static Reply of(HttpResponse<String> raw) {
            return new Reply(raw.statusCode(), raw);
        }
    }
}
