package io.polydesk.api.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** One user cannot fill the storage with uploads nobody attaches. */
@PolydeskIntegrationTest
@TestPropertySource(properties = "polydesk.attachments.max-pending-per-user=20B")
class UploadQuotaTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void uploadsPastTheUsersPendingQuotaAreRefusedAndLeaveNothingBehind() throws Exception {
        TestUsers users = new TestUsers(context);
        TestUser agent = users.agent();
        assertThat(upload(agent, "twelve bytes").statusCode()).isEqualTo(201);
        long before = rows();

        HttpResponse<String> refused = upload(agent, "another twelve");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("unattached uploads");
        assertThat(rows()).isEqualTo(before);
        assertThat(upload(users.agent(), "another twelve").statusCode())
                .as("the quota is per user")
                .isEqualTo(201);
    }

    private long rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM attachments", Long.class);
    }

    private HttpResponse<String> upload(TestUser user, String text) throws Exception {
        String content = Base64.getEncoder().encodeToString(text.getBytes());
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/attachments"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", user.basic())
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"filename\":\"note.txt\",\"content\":\"" + content + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
