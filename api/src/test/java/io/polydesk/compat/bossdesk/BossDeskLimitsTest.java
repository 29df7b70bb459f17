package io.polydesk.compat.bossdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.asset.AssetRegistration;
import io.polydesk.domain.asset.CreateAsset;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** 429 past the rate limit, 413 past the body-size and upload limits, both in Rails' {@code {"errors": {"base": [...]}}}. */
@PolydeskIntegrationTest
@TestPropertySource(
        properties = {"polydesk.rate-limit.surfaces.bossdesk.authenticated=3", "polydesk.attachments.max-size=1KB"})
class BossDeskLimitsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void pastTheLimitIsTooManyRequestsInRailsShape() {
        BossDeskClient client = BossDeskClient.as(port, new TestUsers(context).agent());
        for (int i = 0; i < 3; i++) {
            client.get("/account").expect(200);
        }

        BossDeskClient.Reply refused = client.get("/account").expect(429);

        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.errors("base").get(0).asString()).isNotBlank();
    }

    @Test
    void oversizedBodiesAreTooLargeInRailsShape() throws Exception {
        TestUser agent = new TestUsers(context).agent();
        byte[] huge = ("{\"ticket\":{\"title\":\"Big\",\"description\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://127.0.0.1:" + port + "/bossdesk/api/v1/tickets");

        HttpResponse<String> known = http.send(
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/json")
                        .header("Authorization", agent.basic())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(huge))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> streamed = http.send(
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/json")
                        .header("Authorization", new TestUsers(context).agent().basic())
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(known.statusCode()).as(known.body()).isEqualTo(413);
        assertThat(known.body()).startsWith("{\"errors\":{\"base\":");
        assertThat(streamed.statusCode()).as(streamed.body()).isEqualTo(413);
        assertThat(streamed.body()).startsWith("{\"errors\":{\"base\":");
    }

    @Test
    void oversizedUploadIsTooLargeInRailsShape() throws Exception {
        TestUser agent = new TestUsers(context).agent();
        long ci = context.getBean(AssetRegistration.class)
                .create(agent.actor(), CreateAsset.builder().name("Big upload").build())
                .id();
        JsonNode form = BossDeskClient.as(port, agent)
                .get("/cis/" + ci + "/attachments/new")
                .expect(200)
                .json();
        String boundary = "----polydesk-limit";
        StringBuilder body = new StringBuilder();
        for (String field : new String[] {"key", "policy", "x-amz-signature"}) {
            body.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(field)
                    .append("\"\r\n\r\n")
                    .append(form.get("post_fields").get(field).asString())
                    .append("\r\n");
        }
        body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n\r\n")
                .append("x".repeat(8 * 1024))
                .append("\r\n--")
                .append(boundary)
                .append("--\r\n");

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(form.get("post_url").asString()))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.body()).startsWith("{\"errors\":{\"base\":");
    }
}
