package io.polydesk.compat.djangohelpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Moved to another base path, every path, link and redirect moves with it. */
@PolydeskIntegrationTest
@TestPropertySource(properties = "polydesk.compat.django-helpdesk.base-path=/desk/api/")
class DjangoHelpdeskBasePathTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void pathsLinksAndRedirectsFollowTheBasePath() {
        TestUser agent = new TestUsers(context).agent();
        String base = "http://127.0.0.1:" + port + "/desk/api";

        var root = DjangoHelpdeskClient.send(
                HttpRequest.newBuilder(URI.create(base + "/")).GET());
        JsonNode links = root.expect(200).json();
        assertThat(links.get("tickets").asString()).isEqualTo(base + "/tickets/");

        var redirect = DjangoHelpdeskClient.send(HttpRequest.newBuilder(URI.create(base + "/tickets"))
                .header("Authorization", agent.basic())
                .GET());
        assertThat(redirect.expect(301).header("Location")).isEqualTo("/desk/api/tickets/");

        var list = DjangoHelpdeskClient.send(HttpRequest.newBuilder(URI.create(base + "/tickets/"))
                .header("Authorization", agent.basic())
                .GET());
        assertThat(list.expect(200).json().has("results")).isTrue();
        assertThat(DjangoHelpdeskClient.as(port, agent).get("/tickets/").status())
                .isEqualTo(404);
    }
}
