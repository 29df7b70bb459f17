package io.polydesk.api.graphql.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.ticket.Ticket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

/** {@code Ticket.comments} and {@code Ticket.changes} as connections, and the deprecated {@code history} list. */
@PolydeskIntegrationTest
class TicketCommentsAndChangesConnectionsTest extends GraphQlTestSupport {

    private static final String COMMENTS = """
            query ($id: ID!, $first: Int, $after: String) {
              ticket(id: $id) {
                comments(first: $first, after: $after) {
                  totalCount
                  pageInfo { hasNextPage hasPreviousPage endCursor }
                  edges { cursor node { content internal } }
                  nodes { content }
                }
              }
            }""";

    private static final String CHANGES = """
            query ($id: ID!, $first: Int, $after: String) {
              ticket(id: $id) {
                changes(first: $first, after: $after) {
                  totalCount
                  pageInfo { hasNextPage endCursor }
                  nodes { field toValue actor { id } }
                }
                history { field toValue }
              }
            }""";

    private TestUser customer;
    private TestUser agent;
    private Ticket ticket;

    @BeforeEach
    void aTicketWithPublicAndInternalCommentsAndChanges() {
        customer = users.customer();
        agent = users.agent();
        ticket = ticket(customer, "Paging");
        for (int i = 1; i <= 5; i++) {
            comment(customer, ticket, "Public " + i, false);
            comment(agent, ticket, "Internal " + i, true);
        }
        ticketUpdates.assign(agent.actor(), ticket.id(), agent.id(), null);
        ticketUpdates.changeStatus(agent.actor(), ticket.id(), "open", null, null);
        ticketUpdates.changeStatus(agent.actor(), ticket.id(), "on_hold", null, null);
    }

    private GraphQlTester.Response page(String document, TestUser user, Integer first, String after) {
        return as(user).document(document)
                .variable("id", id(ticket.id()))
                .variable("first", first)
                .variable("after", after)
                .execute();
    }

    private List<String> walk(TestUser user, int size) {
        List<String> contents = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            GraphQlTester.Response page = page(COMMENTS, user, size, after);
            contents.addAll(page.path("ticket.comments.nodes[*].content")
                    .entityList(String.class)
                    .get());
            more = page.path("ticket.comments.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .get();
            after = page.path("ticket.comments.pageInfo.endCursor")
                    .entity(String.class)
                    .get();
        }
        return contents;
    }

    @Test
    void customersPageThroughPublicCommentsOnly() {
        assertThat(walk(customer, 2)).containsExactly("Public 1", "Public 2", "Public 3", "Public 4", "Public 5");
        page(COMMENTS, customer, 2, null)
                .path("ticket.comments.totalCount")
                .entity(Integer.class)
                .isEqualTo(5)
                .path("ticket.comments.edges[*].node.internal")
                .entityList(Boolean.class)
                .containsExactly(false, false);
    }

    @Test
    void agentsPageThroughEveryCommentInOrder() {
        List<String> all = walk(agent, 3);
        assertThat(all).hasSize(10).startsWith("Public 1", "Internal 1").endsWith("Internal 5");
        GraphQlTester.Response second = page(
                COMMENTS,
                agent,
                3,
                page(COMMENTS, agent, 3, null)
                        .path("ticket.comments.pageInfo.endCursor")
                        .entity(String.class)
                        .get());
        second.path("ticket.comments.pageInfo.hasPreviousPage")
                .entity(Boolean.class)
                .isEqualTo(true);
        second.path("ticket.comments.nodes[*].content")
                .entityList(String.class)
                .containsExactly("Internal 2", "Public 3", "Internal 3");
        page(COMMENTS, agent, 3, null)
                .path("ticket.comments.totalCount")
                .entity(Integer.class)
                .isEqualTo(10);
    }

    @Test
    void badCommentCursorsAndSizesAreClearErrors() {
        ResponseError error = singleError(page(COMMENTS, agent, 2, "garbage"), "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("after");
        singleError(page(COMMENTS, agent, 101, null), "BAD_REQUEST");
        String changesCursor = page(CHANGES, agent, 1, null)
                .path("ticket.changes.pageInfo.endCursor")
                .entity(String.class)
                .get();
        singleError(page(COMMENTS, agent, 2, changesCursor), "BAD_REQUEST");
    }

    @Test
    void changesPageInOrderAndTheDeprecatedHistoryStillAnswersEverything() {
        GraphQlTester.Response first = page(CHANGES, customer, 2, null);
        first.path("ticket.changes.totalCount").entity(Integer.class).isEqualTo(3);
        first.path("ticket.changes.nodes[*].field").entityList(String.class).containsExactly("assignee", "status");
        first.path("ticket.history[*].toValue")
                .entityList(String.class)
                .containsExactly(id(agent.id()), "open", "on_hold");
        String after = first.path("ticket.changes.pageInfo.endCursor")
                .entity(String.class)
                .get();
        GraphQlTester.Response rest = page(CHANGES, customer, 2, after);
        rest.path("ticket.changes.nodes[*].toValue").entityList(String.class).containsExactly("on_hold");
        rest.path("ticket.changes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void anotherCustomersTicketIsNullWithNotFoundAndAnonymousIsRefused() {
        GraphQlTester.Response response = page(COMMENTS, users.customer(), 2, null);
        singleError(response, "NOT_FOUND");
        response.path("ticket").valueIsNull();
        singleError(
                anonymous().document(CHANGES).variable("id", id(ticket.id())).execute(), "UNAUTHORIZED");
    }
}
