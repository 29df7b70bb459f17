package io.polydesk.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.event.EventLog;
import io.polydesk.domain.ticket.Ticket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A subscriber that cannot keep up costs no more than its buffer: it is told why and disconnected with 1013.
 * A buffer of two events makes a burst of a few hundred overflow it; this class has its own context for that.
 */
@PolydeskIntegrationTest
@TestPropertySource(properties = "polydesk.events.subscriber-buffer=2")
class SlowSubscriberTest extends GraphQlTestSupport {

    @Autowired
    EventLog log;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSubscriberBuriedUnderABurstIsDisconnectedWith1013() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Chatty");
        try (GraphQlWsClient client = GraphQlWsClient.connect(port, agent.basic())) {
            client.subscribe(
                    "s1",
                    "subscription { ticketEvents(after: \"" + log.lastId()
                            + "\") { id ticket { title requester { username } } comment { content } } }");

            // One commit, so the whole burst reaches the poller in one read.
            transactions.executeWithoutResult(status -> {
                for (int i = 0; i < 400; i++) {
                    commentService.add(agent.actor(), ticket.id(), "Comment " + i, false);
                }
            });

            assertThat(client.awaitClose()).isEqualTo(1013);
        }
    }
}
