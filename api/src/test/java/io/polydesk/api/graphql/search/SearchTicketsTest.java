package io.polydesk.api.graphql.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.search.SearchCursor;
import io.polydesk.domain.search.SearchQueries;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import org.junit.jupiter.api.Test;

@PolydeskIntegrationTest
class SearchTicketsTest extends GraphQlTestSupport {

    private static final String SEARCH = """
            query ($q: String!, $first: Int, $after: String) {
              searchTickets(query: $q, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor score node { id title } }
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

        as(users.agent())
                .document(SEARCH)
                .variable("q", w)
                .execute()
                .path("searchTickets.totalCount")
                .entity(Integer.class)
                .isEqualTo(3)
                .path("searchTickets.pageInfo.hasNextPage")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("searchTickets.edges[0].node.id")
                .entity(String.class)
                .isEqualTo(id(inTitle.id()))
                .path("searchTickets.edges[*].node.id")
                .entityList(String.class)
                .satisfies(ids -> assertThat(ids)
                        .containsExactlyInAnyOrder(id(inTitle.id()), id(inDescription.id()), id(inComment.id())));
    }

    @Test
    void customerFindsOnlyTheirOwnTicketsAndNeverByInternalComments() {
        String w = word();
        String secret = word();
        TestUser customer = users.customer();
        Ticket own = ticket(customer, "Printer " + w);
        ticket(users.customer(), "Printer " + w);
        comment(users.agent(), own, "escalate to " + secret, true);

        as(customer)
                .document(SEARCH)
                .variable("q", w)
                .execute()
                .path("searchTickets.totalCount")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("searchTickets.edges[0].node.id")
                .entity(String.class)
                .isEqualTo(id(own.id()));
        as(customer)
                .document(SEARCH)
                .variable("q", secret)
                .execute()
                .path("searchTickets.totalCount")
                .entity(Integer.class)
                .isEqualTo(0)
                .path("searchTickets.edges")
                .entityList(Object.class)
                .hasSize(0);
        as(users.agent())
                .document(SEARCH)
                .variable("q", secret)
                .execute()
                .path("searchTickets.edges[0].node.id")
                .entity(String.class)
                .isEqualTo(id(own.id()));
    }

    @Test
    void archivedTicketsAreNotFound() {
        String w = word();
        Ticket archived = ticket(users.customer(), "Old " + w);
        ticketArchiving.archive(users.admin().actor(), archived.id(), archived.lockVersion());

        as(users.admin())
                .document(SEARCH)
                .variable("q", w)
                .execute()
                .path("searchTickets.totalCount")
                .entity(Integer.class)
                .isEqualTo(0);
    }

    @Test
    void resultsArePagedByCursorBestFirstWithoutGapsOrRepeats() {
        String w = word();
        TestUser customer = users.customer();
        Ticket inTitle = ticket(customer, "Printer " + w);
        Ticket inDescription = ticket(customer.actor(), CreateTicket.of("Screen", "The " + w + " flickers"));
        Ticket alsoInTitle = ticket(customer, "Scanner " + w);

        String after = as(customer)
                .document(SEARCH)
                .variable("q", w)
                .variable("first", 2)
                .execute()
                .path("searchTickets.totalCount")
                .entity(Integer.class)
                .isEqualTo(3)
                .path("searchTickets.pageInfo.hasNextPage")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("searchTickets.pageInfo.hasPreviousPage")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("searchTickets.edges[*].node.id")
                .entityList(String.class)
                .satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder(id(inTitle.id()), id(alsoInTitle.id())))
                .path("searchTickets.edges[*].score")
                .entityList(Double.class)
                .satisfies(scores -> assertThat(scores.get(0)).isGreaterThanOrEqualTo(scores.get(1)))
                .path("searchTickets.pageInfo.endCursor")
                .entity(String.class)
                .get();

        as(customer)
                .document(SEARCH)
                .variable("q", w)
                .variable("first", 2)
                .variable("after", after)
                .execute()
                .path("searchTickets.totalCount")
                .entity(Integer.class)
                .isEqualTo(3)
                .path("searchTickets.pageInfo.hasNextPage")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("searchTickets.pageInfo.hasPreviousPage")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("searchTickets.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(id(inDescription.id()));
    }

    @Test
    void aCursorOnlyContinuesTheQueryThatIssuedIt() {
        String w = word();
        TestUser customer = users.customer();
        ticket(customer, w + " one");
        ticket(customer, w + " two");
        String after = as(customer)
                .document(SEARCH)
                .variable("q", w)
                .variable("first", 1)
                .execute()
                .path("searchTickets.pageInfo.endCursor")
                .entity(String.class)
                .get();

        assertThat(detailFields(singleError(
                        as(customer)
                                .document(SEARCH)
                                .variable("q", w + " other")
                                .variable("after", after)
                                .execute(),
                        "BAD_REQUEST")))
                .containsExactly("after");
        assertThat(detailFields(singleError(
                        as(customer)
                                .document(SEARCH)
                                .variable("q", w)
                                .variable("after", "bm90LWEtY3Vyc29y")
                                .execute(),
                        "BAD_REQUEST")))
                .containsExactly("after");
    }

    @Test
    void pagingBeyondTheFirstTenThousandHitsIsRefusedWithAClearMessage() {
        String w = word();
        var error = singleError(
                as(users.agent())
                        .document(SEARCH)
                        .variable("q", w)
                        .variable(
                                "after",
                                SearchCursor.of(w, SearchQueries.MAX_HITS).encode())
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("after");
        assertThat(error.getExtensions().toString()).contains("first 10000 hits");
    }

    @Test
    void blankTooLongOrOutOfRangeQueriesAreInvalidWithDetails() {
        TestUser agent = users.agent();
        assertThat(detailFields(singleError(
                        as(agent).document(SEARCH).variable("q", "   ").execute(), "BAD_REQUEST")))
                .containsExactly("query");
        assertThat(detailFields(singleError(
                        as(agent)
                                .document(SEARCH)
                                .variable("q", "x".repeat(201))
                                .execute(),
                        "BAD_REQUEST")))
                .containsExactly("query");
        assertThat(detailFields(singleError(
                        as(agent)
                                .document(SEARCH)
                                .variable("q", "printer")
                                .variable("first", 101)
                                .variable("after", "%%%")
                                .execute(),
                        "BAD_REQUEST")))
                .containsExactlyInAnyOrder("first", "after");
    }
}
