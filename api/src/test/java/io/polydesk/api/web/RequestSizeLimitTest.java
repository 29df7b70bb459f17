package io.polydesk.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PolydeskIntegrationTest
class RequestSizeLimitTest {

    @LocalServerPort
    int port;

    @Test
    void oversizedBodyIsA413InTheSurfacesShapeBeforeAnythingReadsIt() throws Exception {
        String huge = "{\"query\":\"{ __typename }\",\"padding\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(huge)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"errors\"").contains("larger than");
    }
}
