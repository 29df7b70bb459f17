package io.polydesk.api.graphql.ticket;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.ticket.Ticket;
import org.junit.jupiter.api.Test;

/**
 * {@code Ticket.history} in listings, now that it is batch loaded (see {@code BatchLoadingTest} for the statement
 * count): each ticket still gets exactly its own entries, and only callers who may see a ticket see its history.
 */
@PolydeskIntegrationTest
class TicketHistoryTest extends GraphQlTestSupport {

    private static final String PAGE = """
            query ($requester: ID, $first: Int) {
              tickets(filter: {requesterId: $requester}, first: $first) {
                edges { node { id title history { field fromValue toValue actor { id } } } }
              }
            }""";

    @Test
    void eachTicketShowsOnlyItsOwnChangesOldestFirst() {
        TestUser agent = users.agent();
        TestUser customer = users.customer();
        ticket(customer, "Quiet");
        Ticket busy = ticket(customer, "Busy");
        ticketService.changeStatus(agent.actor(), busy.id(), "open", null, null);
        ticketService.changeStatus(agent.actor(), busy.id(), "resolved", null, null);

        as(customer).document(PAGE).variable("requester", id(customer.id())).variable("first", 10).execute()
                .path("tickets.edges[*].node.title").entityList(String.class).containsExactly("Busy", "Quiet")
                .path("tickets.edges[0].node.history[*].toValue").entityList(String.class)
                .containsExactly("open", "resolved")
                .path("tickets.edges[0].node.history[*].fromValue").entityList(String.class)
                .containsExactly("new", "open")
                .path("tickets.edges[0].node.history[0].actor.id").entity(String.class).isEqualTo(id(agent.id()))
                .path("tickets.edges[1].node.history").entityList(Object.class).hasSize(0);
    }

    @Test
    void aCustomerListingAnotherRequestersTicketsSeesNeitherTicketsNorHistory() {
        TestUser agent = users.agent();
        TestUser owner = users.customer();
        Ticket theirs = ticket(owner, "Theirs");
        ticketService.changeStatus(agent.actor(), theirs.id(), "open", null, null);

        as(users.customer()).document(PAGE).variable("requester", id(owner.id())).variable("first", 10).execute()
                .path("tickets.edges").entityList(Object.class).hasSize(0);
    }

    @Test
    void anonymousCallerGetsNoHistory() {
        singleError(anonymous().document(PAGE).variable("first", 1).execute(), "UNAUTHORIZED");
    }
}
