package io.polydesk.api.graphql.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import org.junit.jupiter.api.Test;

@PolydeskIntegrationTest
class SearchTicketsTest extends GraphQlTestSupport {

    private static final String SEARCH = """
            query ($q: String!, $first: Int, $offset: Int) {
              searchTickets(query: $q, first: $first, offset: $offset) {
                totalCount hasNextPage hits { score ticket { id title } }
              }
            }""";

    /** A word no other test writes, so each test sees only its own tickets on a shared database. */
    private static String word() {
        return "kw" + unique();
    }

    @Test
    void anonymousSearchIsUnauthorized() {
        singleError(anonymous().document(SEARCH).variable("q", "printer").execute(), "UNAUTHORIZED");
    }

    @Test
    void agentFindsTitleMatchesBeforeDescriptionAndCommentMatches() {
        String w = word();
        TestUser customer = users.customer();
        Ticket inComment = ticket(customer, "Laptop");
        comment(users.agent(), inComment, "the " + w + " part is ordered", false);
        Ticket inDescription = ticket(customer.actor(), CreateTicket.of("Screen", "The " + w + " flickers"));
        Ticket inTitle = ticket(customer, "Broken " + w);

        as(users.agent()).document(SEARCH).variable("q", w).execute()
                .path("searchTickets.totalCount").entity(Integer.class).isEqualTo(3)
                .path("searchTickets.hasNextPage").entity(Boolean.class).isEqualTo(false)
                .path("searchTickets.hits[0].ticket.id").entity(String.class).isEqualTo(id(inTitle.id()))
                .path("searchTickets.hits[*].ticket.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder(id(inTitle.id()), id(inDescription.id()),
                        id(inComment.id())));
    }

    @Test
    void customerFindsOnlyTheirOwnTicketsAndNeverByInternalComments() {
        String w = word();
        String secret = word();
        TestUser customer = users.customer();
        Ticket own = ticket(customer, "Printer " + w);
        ticket(users.customer(), "Printer " + w);
        comment(users.agent(), own, "escalate to " + secret, true);

        as(customer).document(SEARCH).variable("q", w).execute()
                .path("searchTickets.totalCount").entity(Integer.class).isEqualTo(1)
                .path("searchTickets.hits[0].ticket.id").entity(String.class).isEqualTo(id(own.id()));
        as(customer).document(SEARCH).variable("q", secret).execute()
                .path("searchTickets.totalCount").entity(Integer.class).isEqualTo(0)
                .path("searchTickets.hits").entityList(Object.class).hasSize(0);
        as(users.agent()).document(SEARCH).variable("q", secret).execute()
                .path("searchTickets.hits[0].ticket.id").entity(String.class).isEqualTo(id(own.id()));
    }

    @Test
    void archivedTicketsAreNotFound() {
        String w = word();
        Ticket archived = ticket(users.customer(), "Old " + w);
        ticketService.archive(users.admin().actor(), archived.id(), archived.lockVersion());

        as(users.admin()).document(SEARCH).variable("q", w).execute()
                .path("searchTickets.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void resultsArePagedByOffset() {
        String w = word();
        TestUser customer = users.customer();
        ticket(customer, w + " one");
        ticket(customer, w + " two");
        ticket(customer, w + " three");

        as(customer).document(SEARCH).variable("q", w).variable("first", 2).variable("offset", 2).execute()
                .path("searchTickets.totalCount").entity(Integer.class).isEqualTo(3)
                .path("searchTickets.hasNextPage").entity(Boolean.class).isEqualTo(false)
                .path("searchTickets.hits").entityList(Object.class).hasSize(1);
    }

    @Test
    void blankTooLongOrOutOfRangeQueriesAreInvalidWithDetails() {
        TestUser agent = users.agent();
        assertThat(detailFields(singleError(as(agent).document(SEARCH)
                .variable("q", "   ").execute(), "BAD_REQUEST"))).containsExactly("query");
        assertThat(detailFields(singleError(as(agent).document(SEARCH).variable("q", "x".repeat(201)).execute(),
                "BAD_REQUEST"))).containsExactly("query");
        assertThat(detailFields(singleError(as(agent).document(SEARCH).variable("q", "printer")
                .variable("first", 101).variable("offset", -1).execute(), "BAD_REQUEST")))
                .containsExactlyInAnyOrder("first", "offset");
    }
}
