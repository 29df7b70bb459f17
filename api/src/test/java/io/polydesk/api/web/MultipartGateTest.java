package io.polydesk.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Multipart bodies reach only upload endpoints, after authentication; anywhere else they are refused unread. */
@PolydeskIntegrationTest
class MultipartGateTest {

    private static final String BOUNDARY = "polydesk-test-boundary";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void multipartToGraphQlIsA415InItsShapeEvenWhenHuge() throws Exception {
        HttpResponse<String> response = post("/graphql", null, multipartOf(3 * 1024 * 1024));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("\"errors\"").contains("Multipart");
    }

    @Test
    void multipartToADialectCallThatTakesNoFilesIsA415InTheDialectsShape() throws Exception {
        HttpResponse<String> arctyk = post("/api/tickets/", adminBasic(), multipartOf(100));
        HttpResponse<String> login = post("/api/v1/auth/login", null, multipartOf(100));

        assertThat(arctyk.statusCode()).isEqualTo(415);
        assertThat(arctyk.body()).startsWith("{\"detail\"");
        assertThat(login.statusCode()).isEqualTo(415);
        assertThat(login.body()).startsWith("{\"error\"");
    }

    @Test
    void anonymousUploadIsRefusedBeforeTheBodyIsParsed() throws Exception {
        HttpResponse<String> response = post("/attachments", null, multipartOf(2 * 1024 * 1024));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void brokenMultipartToTheUploadEndpointIsA400() throws Exception {
        String cutShort =
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nabc";
        HttpResponse<String> noBoundary = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/attachments"))
                        .header("Content-Type", "multipart/form-data")
                        .header("Authorization", adminBasic())
                        .POST(HttpRequest.BodyPublishers.ofString("whatever"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> truncated = post("/attachments", adminBasic(), cutShort);

        assertThat(noBoundary.statusCode()).as(noBoundary.body()).isEqualTo(400);
        assertThat(truncated.statusCode()).as(truncated.body()).isEqualTo(400);
        assertThat(truncated.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private HttpResponse<String> post(String path, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String multipartOf(int size) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + "x".repeat(size) + "\r\n--" + BOUNDARY + "--\r\n";
    }

    private String adminBasic() {
        return new TestUsers(context).admin().basic();
    }
}
