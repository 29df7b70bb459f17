package io.polydesk.compat.jitbit;

import io.polydesk.api.testing.HttpReply;
import io.polydesk.api.testing.HttpTestClient;
import io.polydesk.api.testing.TestUsers.TestUser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Jitbit-style methods, acting as one caller (or none); paths are given whole, with the base. */
final class JitbitClient extends HttpTestClient<JitbitClient.Reply> {

    JitbitClient(int port, String authorization) {
        super(port, "", authorization, Map.of(), Reply::of);
    }

    static JitbitClient as(int port, TestUser user) {
        return new JitbitClient(port, user.basic());
    }

    static JitbitClient anonymous(int port) {
        return new JitbitClient(port, null);
    }

    /** A form-urlencoded POST: {@code form("subject", "Printer", "body", "...")}. */
    Reply form(String path, String... pairs) {
        return send("POST", path, "application/x-www-form-urlencoded", encode(pairs));
    }

    Reply json(String path, String body) {
        return post(path, body);
    }

    /** A POST with everything in the query string and no body, as the PHP client sends. */
    Reply postQuery(String pathAndQuery) {
        return call(request(pathAndQuery).POST(HttpRequest.BodyPublishers.noBody()));
    }

    Reply send(String method, String path) {
        return send(method, path, null, null);
    }

    /** A multipart POST with text fields and one file part. */
    Reply multipart(String path, String filePart, String fileName, byte[] content, String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return multipart(path, fields, filePart, fileName, content);
    }

    record Reply(int status, HttpResponse<String> raw) implements HttpReply<Reply> {
        static Reply of(HttpResponse<String> raw) {
            return new Reply(raw.statusCode(), raw);
        }

        long id() {
            return Long.parseLong(raw.body().strip());
        }

        String text() {
            return json().asString();
        }
    }
}
