package io.polydesk.compat.bossdesk;

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
import org.springframework.test.context.TestPropertySource;

/** A moved base path moves every BOSSDesk path with it. */
@PolydeskIntegrationTest
@TestPropertySource(properties = "polydesk.compat.bossdesk.base-path=/helpdesk-boss/v1/")
class BossDeskBasePathTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void movedBasePathMovesEveryPath() throws Exception {
        String basic = new TestUsers(context).agent().basic();
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> moved = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/helpdesk-boss/v1/account"))
                        .header("Authorization", basic)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> old = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/bossdesk/api/v1/account"))
                        .header("Authorization", basic)
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(moved.body()).contains("\"full_domain\"");
        assertThat(old.statusCode()).isEqualTo(404);
    }
}
