package io.polydesk.api.graphql.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import org.junit.jupiter.api.Test;

/** With the default limit, a query costs its page sizes: a full page passes, pages nested in pages do not. */
@PolydeskIntegrationTest
class PageWeightedComplexityTest extends GraphQlTestSupport {

    @Test
    void aFullPageOfTicketsWithTheirUsualFieldsRuns() {
        as(users.agent()).document("""
                        { tickets(first: 100) {
                            totalCount pageInfo { hasNextPage endCursor }
                            edges { cursor node { id number title createdAt updatedAt status { key }
                                                  priority { key } assignee { username } requester { username } } }
                        } }""").execute().path("tickets.totalCount").hasValue();
    }

    @Test
    void aPageOfCommentsInEachOfAPageOfTicketsIsRefusedBeforeItRuns() {
        var error = singleError(
                as(users.agent())
                        .document(
                                "{ tickets(first: 100) { edges { node { comments(first: 100) { nodes { id } } } } } }")
                        .execute(),
                "BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("code", "MAX_COMPLEXITY_EXCEEDED");
        // nodes: 1 + 100 x 1; comments: 1 + 101; node: 1 + 102; edges: 1 + 100 x 103; tickets: 1 + 10301.
        assertThat(error.getMessage()).isEqualTo("Query complexity 10302 exceeds the limit of 5000");
    }

    @Test
    void aPageLargerThanAllowedIsRefusedForItsSizeNotItsCost() {
        assertThat(detailFields(singleError(
                        as(users.agent())
                                .document(
                                        "{ tickets(first: 100000) { edges { node { id comments { nodes { id } } } } } }")
                                .execute(),
                        "BAD_REQUEST")))
                .containsExactly("first");
    }

    @Test
    void anAbsentFirstCountsAsTheDefaultPageOfTwenty() {
        var error = singleError(
                as(users.agent())
                        .document(
                                "{ tickets { edges { node { comments(first: 100) { nodes { id content createdAt } } } } } }")
                        .execute(),
                "BAD_REQUEST");
        // nodes: 1 + 100 x 3; comments: 1 + 301; node: 1 + 302; edges: 1 + 20 x 303; tickets: 1 + 6061.
        assertThat(error.getMessage()).isEqualTo("Query complexity 6062 exceeds the limit of 5000");
        as(users.agent())
                .document("{ tickets { edges { node { comments { nodes { id content createdAt } } } } } }")
                .execute()
                .path("tickets.edges")
                .hasValue();
    }
}
