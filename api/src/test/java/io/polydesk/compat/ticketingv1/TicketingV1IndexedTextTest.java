package io.polydesk.compat.ticketingv1;

import static io.polydesk.compat.ticketingv1.TicketingV1Client.quote;
import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.search.SearchIndexer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Ticketing v1's {@code q} through the search index: words of descriptions and comments. */
@PolydeskIntegrationTest
class TicketingV1IndexedTextTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    SearchIndexer indexer;

    private static String word() {
        return "tx" + UUID.randomUUID().toString().substring(0, 8);
    }

    private List<String> found(TestUser user, String q) {
        List<String> ids = new ArrayList<>();
        TicketingV1Client.as(port, user)
                .get("/tickets?q=" + q)
                .expect(200)
                .json()
                .get("data")
                .forEach(n -> ids.add(n.get("id").asString()));
        return ids;
    }

    @Test
    void wordsOfDescriptionsAndPublicCommentsAreFound() throws InterruptedException {
        TestUsers users = new TestUsers(context);
        TestUser customer = users.customer();
        for (int i = 0; i < 400 && !indexer.ready(); i++) {
            Thread.sleep(50);
        }
        assertThat(indexer.ready()).isTrue();
        String inDescription = word();
        String inComment = word();
        String id = TicketingV1Client.as(port, customer)
                .post("/tickets", "{\"title\":\"Printer\",\"description\":" + quote("The " + inDescription) + "}")
                .expect(201)
                .data()
                .get("id")
                .asString();
        TicketingV1Client.as(port, users.agent())
                .post("/tickets/" + id + "/comments", "{\"content\":" + quote("Try " + inComment) + "}")
                .expect(201);

        assertThat(found(customer, inDescription)).containsExactly(id);
        assertThat(found(customer, inComment)).containsExactly(id);
        assertThat(found(users.customer(), inComment)).isEmpty();
    }
}
