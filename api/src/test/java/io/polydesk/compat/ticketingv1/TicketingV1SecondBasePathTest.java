package io.polydesk.compat.ticketingv1;

import static io.polydesk.compat.ticketingv1.TicketingV1Client.quote;
import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.compat.ticketingv1.TicketingV1Client.Reply;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** With {@code second-base-path=/ticketing/v1} (the document's production base) the API answers there too. */
@PolydeskIntegrationTest
@TestPropertySource(properties = "polydesk.compat.ticketing-v1.second-base-path=/ticketing/v1/")
class TicketingV1SecondBasePathTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theSameTicketsAnswerUnderBothBasesWithLinksToTheOneCalled() {
        TestUser agent = new TestUsers(context).agent();
        TicketingV1Client production = TicketingV1Client.withToken(port, agent).under("/ticketing/v1");
        String word = "prodbase" + UUID.randomUUID().toString().substring(0, 8);

        Reply created = production
                .post("/tickets", "{\"title\":" + quote(word + " one") + "}")
                .expect(201);
        production.post("/tickets", "{\"title\":" + quote(word + " two") + "}").expect(201);
        String id = created.data().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/ticketing/v1/tickets/" + id);

        JsonNode page =
                production.get("/tickets?q=" + word + "&per_page=1").expect(200).json();
        assertThat(page.get("pagination").get("next_page_url").asString())
                .isEqualTo("/ticketing/v1/tickets?q=" + word + "&per_page=1&page=2");
        JsonNode local = TicketingV1Client.as(port, agent)
                .get("/tickets?q=" + word + "&per_page=1")
                .expect(200)
                .json();
        assertThat(local.get("pagination").get("next_page_url").asString()).startsWith("/api/v1/tickets?");
        assertThat(TicketingV1Client.as(port, agent)
                        .get("/tickets/" + id)
                        .expect(200)
                        .data()
                        .get("title")
                        .asString())
                .isEqualTo(word + " one");
        assertThat(production.get("/tickets/" + id).header("X-RateLimit-Limit")).isNotNull();
    }

    @Test
    void earlyRefusalsAndLoginWorkAtTheSecondBase() {
        TicketingV1Client anonymous = TicketingV1Client.anonymous(port).under("/ticketing/v1");

        Reply refused = anonymous.get("/tickets").expectError(401, "unauthorized");
        assertThat(refused.header("WWW-Authenticate")).contains("Bearer");
        assertThat(refused.header("X-RateLimit-Limit")).isNotNull();
        anonymous
                .post("/auth/login", "{\"email\":\"nobody@example.com\",\"password\":\"wrong password\"}")
                .expectError(401, "invalid_credentials");
        TicketingV1Client.as(port, new TestUsers(context).agent())
                .under("/ticketing/v1")
                .get("/nothing-here")
                .expectError(404, "not_found");
    }
}
