package io.polydesk.compat.arctyk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.compat.arctyk.ArctykClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * An operator who moves the dialect finds every path, link and error under the new base path. The jitbit dialect is
 * off: it would answer the paths Arctyk leaves at {@code /api}.
 */
@PolydeskIntegrationTest
@TestPropertySource(properties = {"polydesk.compat.arctyk.base-path=/itsm/api", "polydesk.compat.jitbit.enabled=false"})
class ArctykBasePathTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void everythingMovesWithTheBasePath() {
        TestUser customer = new TestUsers(context).customer();
        ArctykClient client = ArctykClient.as(port, customer);
        client.post("/itsm/api/tickets/", "{\"title\":\"One\"}").expect(201);
        client.post("/itsm/api/tickets/", "{\"title\":\"Two\"}").expect(201);

        Reply page = client.get("/itsm/api/tickets/?limit=1&q=").expect(200);
        assertThat(page.json().get("next").asString()).isEqualTo("/itsm/api/tickets/?limit=1&q=&page=2");
        Reply anonymous = ArctykClient.anonymous(port).get("/itsm/api/tickets/").expect(401);
        assertThat(anonymous.json().propertyNames()).containsExactly("detail");
        client.get("/api/tickets/").expect(404);
    }
}
