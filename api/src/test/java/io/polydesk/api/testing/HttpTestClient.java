package io.polydesk.api.testing;

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
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for one surface, acting as one caller (or none) against the test server on loopback. Redirects
 * are not followed. Each dialect's client sets its base path, its default headers and its reply type.
 */
public abstract class HttpTestClient<R extends HttpReply<R>> {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final String base;
    private final String authorization;
    private final Map<String, String> defaultHeaders;
    private final Function<HttpResponse<String>, R> replies;

    protected HttpTestClient(
            int port,
            String base,
            String authorization,
            Map<String, String> defaultHeaders,
            Function<HttpResponse<String>, R> replies) {
        this.port = port;
        this.base = base;
        this.authorization = authorization;
        this.defaultHeaders = defaultHeaders;
        this.replies = replies;
    }

    public int port() {
        return port;
    }

    public String authorization() {
        return authorization;
    }

    /** The absolute URL of a path under this client's base. */
    public String url(String path) {
        return origin() + base + path;
    }

    public R get(String path) {
        return call(request(path).GET());
    }

    public R post(String path, String json) {
        return send("POST", path, "application/json", json);
    }

    public R put(String path, String json) {
        return send("PUT", path, "application/json", json);
    }

    public R patch(String path, String json) {
        return send("PATCH", path, "application/json", json);
    }

    public R delete(String path) {
        return call(request(path).DELETE());
    }

    /** Any method, with a body of any content type or none (both may be null). */
    public R send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = request(path)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.setHeader("Content-Type", contentType);
        }
        return call(request);
    }

    public R form(String method, String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> appendPair(body, name, value));
        return send(method, path, "application/x-www-form-urlencoded", body.toString());
    }

    /** A multipart POST with text fields and one file part under {@code fileField} (none when it is null). */
    public R multipart(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
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
        return call(request(path)
                .setHeader("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /** A request to a path outside the base, such as {@code /graphql}, as this caller. */
    public R outside(String method, String absolutePath, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin() + absolutePath))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        authorize(request);
        return call(request);
    }

    /** A request under the base with this client's headers; the caller adds the method and body. */
    protected HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        defaultHeaders.forEach(request::header);
        authorize(request);
        return request;
    }

    protected R call(HttpRequest.Builder request) {
        return replies.apply(exchange(request));
    }

    protected String origin() {
        return "http://127.0.0.1:" + port;
    }

    private void authorize(HttpRequest.Builder request) {
        if (authorization != null) {
            request.setHeader("Authorization", authorization);
        }
    }

    /** Sends a request as built, with no header added. */
    public static HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code a=1&b=2} from name and value pairs, percent-encoded. */
    public static String encode(String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            appendPair(form, pairs[i], pairs[i + 1]);
        }
        return form.toString();
    }

    public static String quote(String text) {
        return JSON.writeValueAsString(text);
    }

    private static void appendPair(StringBuilder form, String name, String value) {
        if (!form.isEmpty()) {
            form.append('&');
        }
        form.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
