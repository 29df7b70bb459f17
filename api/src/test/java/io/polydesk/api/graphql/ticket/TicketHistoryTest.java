package io.polydesk.api.graphql.ticket;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.relation.LinkKind;
import io.polydesk.domain.relation.RelationService;
import io.polydesk.domain.ticket.Ticket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code Ticket.history} in listings, now that it is batch loaded (see {@code BatchLoadingTest} for the statement
 * count): each ticket still gets exactly its own entries, only callers who may see a ticket see its history, and
 * a customer never learns the number of a ticket that is not theirs from it.
 */
@PolydeskIntegrationTest
class TicketHistoryTest extends GraphQlTestSupport {

    private static final String PAGE = """
            query ($requester: ID, $first: Int) {
              tickets(filter: {requesterId: $requester}, first: $first) {
                edges { node { id title history { field fromValue toValue actor { id } } } }
              }
            }""";

    private static final String ONE = """
            query ($id: ID!) { ticket(id: $id) { history { field toValue } } }""";

    @Autowired
    RelationService relations;

    @Test
    void eachTicketShowsOnlyItsOwnChangesOldestFirst() {
        TestUser agent = users.agent();
        TestUser customer = users.customer();
        ticket(customer, "Quiet");
        Ticket busy = ticket(customer, "Busy");
        ticketUpdates.changeStatus(agent.actor(), busy.id(), "open", null, null);
        ticketUpdates.changeStatus(agent.actor(), busy.id(), "resolved", null, null);

        as(customer)
                .document(PAGE)
                .variable("requester", id(customer.id()))
                .variable("first", 10)
                .execute()
                .path("tickets.edges[*].node.title")
                .entityList(String.class)
                .containsExactly("Busy", "Quiet")
                .path("tickets.edges[0].node.history[*].toValue")
                .entityList(String.class)
                .containsExactly("open", "resolved")
                .path("tickets.edges[0].node.history[*].fromValue")
                .entityList(String.class)
                .containsExactly("new", "open")
                .path("tickets.edges[0].node.history[0].actor.id")
                .entity(String.class)
                .isEqualTo(id(agent.id()))
                .path("tickets.edges[1].node.history")
                .entityList(Object.class)
                .hasSize(0);
    }

    @Test
    void aCustomerListingAnotherRequestersTicketsSeesNeitherTicketsNorHistory() {
        TestUser agent = users.agent();
        TestUser owner = users.customer();
        Ticket theirs = ticket(owner, "Theirs");
        ticketUpdates.changeStatus(agent.actor(), theirs.id(), "open", null, null);

        as(users.customer())
                .document(PAGE)
                .variable("requester", id(owner.id()))
                .variable("first", 10)
                .execute()
                .path("tickets.edges")
                .entityList(Object.class)
                .hasSize(0);
    }

    @Test
    void aCustomerSeesWhichOfTheirOwnTicketsAreLinkedButNotOthersNumbers() {
        TestUser agent = users.agent();
        TestUser customer = users.customer();
        Ticket mine = ticket(customer, "Mine");
        Ticket alsoMine = ticket(customer, "Also mine");
        Ticket someoneElses = ticket(users.customer(), "Someone else's");
        relations.link(agent.actor(), mine.id(), alsoMine.id(), LinkKind.RELATES_TO);
        relations.link(agent.actor(), mine.id(), someoneElses.id(), LinkKind.DUPLICATES);
        relations.setParent(agent.actor(), mine.id(), someoneElses.id());

        as(customer)
                .document(ONE)
                .variable("id", id(mine.id()))
                .execute()
                .path("ticket.history[*].field")
                .entityList(String.class)
                .containsExactly("link", "link", "parent")
                .path("ticket.history[0].toValue")
                .entity(String.class)
                .isEqualTo("RELATES_TO:" + alsoMine.number())
                .path("ticket.history[1].toValue")
                .valueIsNull()
                .path("ticket.history[2].toValue")
                .valueIsNull();
        as(agent)
                .document(ONE)
                .variable("id", id(mine.id()))
                .execute()
                .path("ticket.history[1].toValue")
                .entity(String.class)
                .isEqualTo("DUPLICATES:" + someoneElses.number())
                .path("ticket.history[2].toValue")
                .entity(String.class)
                .isEqualTo(id(someoneElses.id()));
    }

    @Test
    void anonymousCallerGetsNoHistory() {
        singleError(anonymous().document(PAGE).variable("first", 1).execute(), "UNAUTHORIZED");
    }
}
