package io.polydesk.compat.arctyk;

import static io.polydesk.compat.arctyk.ArctykClient.quote;
import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.compat.arctyk.ArctykClient.Reply;
import io.polydesk.domain.search.SearchIndexer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Arctyk's {@code q=} through the search index: words of descriptions and comments, kept in step. */
@PolydeskIntegrationTest
class ArctykIndexedTextTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    SearchIndexer indexer;

    private ArctykClient as(TestUser user) {
        return ArctykClient.as(port, user);
    }

    private static String word() {
        return "ax" + UUID.randomUUID().toString().substring(0, 8);
    }

    private List<Long> found(TestUser user, String q) {
        Reply reply = as(user).get("/api/tickets/?q=" + q).expect(200);
        List<Long> ids = new ArrayList<>();
        reply.json().get("results").forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }

    @Test
    void wordsOfDescriptionsAndCommentsAreFoundUntilTheTicketIsDeleted() throws InterruptedException {
        TestUsers users = new TestUsers(context);
        TestUser customer = users.customer();
        TestUser agent = users.agent();
        for (int i = 0; i < 400 && !indexer.ready(); i++) {
            Thread.sleep(50);
        }
        assertThat(indexer.ready()).isTrue();
        String inDescription = word();
        String inComment = word();
        String internal = word();
        long id = as(customer)
                .post("/api/tickets/", "{\"title\":\"Printer\",\"description\":" + quote("The " + inDescription) + "}")
                .expect(201)
                .json()
                .get("id")
                .asLong();
        as(agent)
                .post("/api/tickets/" + id + "/comments/", "{\"content\":" + quote("Try " + inComment) + "}")
                .expect(201);
        as(agent)
                .post(
                        "/api/tickets/" + id + "/comments/",
                        "{\"content\":" + quote("Ask " + internal) + ",\"comment_type\":\"internal\"}")
                .expect(201);

        assertThat(found(customer, inDescription)).containsExactly(id);
        assertThat(found(customer, inComment)).containsExactly(id);
        assertThat(found(customer, inComment.substring(0, 6))).containsExactly(id);
        assertThat(found(customer, internal)).isEmpty();
        assertThat(found(agent, internal)).containsExactly(id);
        assertThat(found(users.customer(), inDescription)).isEmpty();

        as(agent).delete("/api/tickets/" + id + "/").expect(204);
        assertThat(found(agent, inDescription)).isEmpty();
    }
}
