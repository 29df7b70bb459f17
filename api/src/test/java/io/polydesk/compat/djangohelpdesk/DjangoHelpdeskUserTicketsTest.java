package io.polydesk.compat.djangohelpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.project.Project;
import io.polydesk.domain.project.ProjectService;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.TicketCreation;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** {@code /user_tickets/}: a caller's own tickets in the PublicTicket shape, and nobody else's. */
@PolydeskIntegrationTest
class DjangoHelpdeskUserTicketsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    TicketCreation creation;

    @Autowired
    ProjectService projects;

    private TestUser customer;
    private TestUser other;
    private Project queue;

    @BeforeEach
    void setUp() {
        TestUsers users = new TestUsers(context);
        customer = users.customer();
        other = users.customer();
        queue = projects.create(users.admin().actor(), "Billing Desk " + UUID.randomUUID(), "d");
    }

    private long file(TestUser user, String title) {
        return creation.create(
                        user.actor(),
                        CreateTicket.builder()
                                .title(title)
                                .description("d")
                                .projectId(queue.id())
                                .build())
                .id();
    }

    @Test
    void listsOnlyTheCallersTicketsNewestFirstInThePublicShape() {
        long older = file(customer, "older");
        long newer = file(customer, "newer");
        long foreign = file(other, "not mine");

        JsonNode page = DjangoHelpdeskClient.as(port, customer)
                .get("/user_tickets/")
                .expect(200)
                .json();

        List<Long> ids =
                page.get("results").valueStream().map(t -> t.get("id").asLong()).toList();
        assertThat(ids).containsExactly(newer, older);
        assertThat(ids).doesNotContain(foreign);
        JsonNode first = page.get("results").get(0);
        assertThat(first.propertyNames())
                .startsWith(
                        "ticket",
                        "id",
                        "title",
                        "queue",
                        "status",
                        "created",
                        "due_date",
                        "submitter",
                        "kbitem",
                        "secret_key");
        String slug = DjangoHelpdeskTicketViews.slug(queue);
        assertThat(first.get("ticket").asString()).isEqualTo(newer + " [" + slug + "-" + newer + "]");
        assertThat(first.get("queue").get("title").asString()).isEqualTo(queue.name());
        assertThat(first.get("queue").get("id").asLong()).isEqualTo(queue.id());
        assertThat(first.get("status").asString()).isEqualTo("Open");
        assertThat(first.get("created").asString()).matches("now|\\d+ seconds ago|a second ago");
        assertThat(first.get("submitter").asString()).isEqualTo(customer.user().email());
        assertThat(first.get("kbitem").asString()).isEmpty();
        assertThat(first.get("secret_key").asString()).matches("[0-9a-f-]{36}");
    }

    @Test
    void anotherUsersTicketIsNotFound() {
        long foreign = file(other, "not mine");
        long own = file(customer, "mine");

        DjangoHelpdeskClient client = DjangoHelpdeskClient.as(port, customer);
        assertThat(client.get("/user_tickets/" + foreign + "/")
                        .expect(404)
                        .json()
                        .get("detail")
                        .asString())
                .isEqualTo("Not found.");
        assertThat(client.get("/user_tickets/" + own + "/")
                        .expect(200)
                        .json()
                        .get("id")
                        .asLong())
                .isEqualTo(own);
    }

    @Test
    void anonymousCallersAreRefused() {
        DjangoHelpdeskClient.anonymous(port).get("/user_tickets/").expect(401);
    }
}
