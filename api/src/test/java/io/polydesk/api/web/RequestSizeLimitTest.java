package io.polydesk.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PolydeskIntegrationTest
class RequestSizeLimitTest {

    @LocalServerPort
    int port;

    @Test
    void oversizedBodyIsA413InTheSurfacesShapeBeforeAnythingReadsIt() throws Exception {
        String huge = "{\"query\":\"{ __typename }\",\"padding\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(huge))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"errors\"").contains("larger than");
    }

    @Test
    void oversizedBodyOfUnknownLengthIsA413TooOnceReadingPassesTheLimit() throws Exception {
        byte[] huge = ("{\"query\":\"{ __typename }\",\"padding\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.body()).contains("\"errors\"").contains("larger than");
    }

    @Test
    void base64UploadOfUnknownLengthOverTheLimitIsA413() throws Exception {
        byte[] huge = ("{\"filename\":\"big.txt\",\"content\":\"" + "QUFB".repeat(600 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        String admin = adminBasic();
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/attachments"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", admin)
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.body()).contains("larger than");
    }

    @Test
    void arctykBodyOfUnknownLengthOverTheLimitIsA413InArctyksShape() throws Exception {
        byte[] huge = ("{\"title\":\"Big\",\"description\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/tickets/"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", adminBasic())
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.body()).startsWith("{\"detail\":");
    }

    private static String adminBasic() {
        return TestUsers.ADMIN_BASIC;
    }
}
