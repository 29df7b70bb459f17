package io.polydesk.api.graphql.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.attachment.AttachFile;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentService;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.relation.LinkKind;
import io.polydesk.domain.relation.RelationService;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.UpdateTicket;
import io.polydesk.domain.time.LogTime;
import io.polydesk.domain.time.TimeEntryService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

/** {@code Ticket.timeline} over HTTP per role: every kind of item, in order, paged, and customers' view of it. */
@PolydeskIntegrationTest
class TicketTimelineGraphQlTest extends GraphQlTestSupport {

    private static final String TIMELINE = """
            query ($id: ID!, $first: Int, $after: String) {
              ticket(id: $id) {
                timeline(first: $first, after: $after) {
                  totalCount
                  pageInfo { hasNextPage hasPreviousPage endCursor }
                  edges {
                    cursor
                    node {
                      __typename
                      ... on Comment { at: createdAt content internal author { id } }
                      ... on Attachment { at: createdAt fileName commentId }
                      ... on TimeEntry { at: createdAt minutes agent { id } }
                      ... on StatusChangedEvent { at actor { id } from { key } to { key } }
                      ... on AssignedEvent { at actor { id } assignee { id } previousAssignee { id } }
                      ... on FieldChangedEvent { at field fromValue toValue }
                      ... on LinkedEvent { at removed kind otherTicketNumber }
                      ... on MergedEvent { at direction otherTicketNumber }
                    }
                  }
                  nodes { __typename }
                }
              }
            }""";

    @Autowired
    AttachmentService attachments;

    @Autowired
    TimeEntryService timeEntries;

    @Autowired
    RelationService relations;

    private TestUser customer;
    private TestUser agent;
    private Ticket ticket;
    private Ticket othersTicket;

    /**
     * One of everything, a few milliseconds apart so that the expected order is the order of the calls: a public
     * comment, an assignment, an internal comment with a file, a status change, a public file, time logged, a link
     * to another customer's ticket and a priority change.
     */
    @BeforeEach
    void aTicketWithOneOfEverything() throws InterruptedException {
        customer = users.customer();
        agent = users.agent();
        ticket = ticket(customer, "Printer on fire");
        othersTicket = ticket(users.customer(), "Someone else's");
        comment(customer, ticket, "It is still burning", false);
        pause();
        ticketUpdates.assign(agent.actor(), ticket.id(), agent.id(), null);
        pause();
        Comment internal = comment(agent, ticket, "Secret: the printer is ours", true);
        pause();
        attachments.attach(
                agent.actor(), AttachFile.toComment(upload("secret.txt").id(), internal.id()));
        pause();
        ticketUpdates.changeStatus(agent.actor(), ticket.id(), "open", null, null);
        pause();
        attachments.attach(
                agent.actor(), AttachFile.toTicket(upload("photo.txt").id(), ticket.id()));
        pause();
        timeEntries.log(agent.actor(), ticket.id(), LogTime.of(LocalDate.of(2026, 1, 5), 25));
        pause();
        relations.link(agent.actor(), ticket.id(), othersTicket.id(), LinkKind.RELATES_TO);
        pause();
        Ticket current = ticketQueries().get(agent.actor(), ticket.id());
        ticketUpdates.update(
                agent.actor(),
                ticket.id(),
                UpdateTicket.builder()
                        .priority(Change.to("high"))
                        .expectedLockVersion(current.lockVersion())
                        .build());
    }

    private io.polydesk.domain.ticket.TicketQueries ticketQueries() {
        return context.getBean(io.polydesk.domain.ticket.TicketQueries.class);
    }

    private static void pause() throws InterruptedException {
        Thread.sleep(5);
    }

    private Attachment upload(String name) {
        return attachments.upload(
                agent.actor(), name, "text/plain", new ByteArrayInputStream("text".getBytes(StandardCharsets.UTF_8)));
    }

    private GraphQlTester.Response timeline(TestUser user, Ticket of, Integer first, String after) {
        return as(user).document(TIMELINE)
                .variable("id", id(of.id()))
                .variable("first", first)
                .variable("after", after)
                .execute();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> nodes(GraphQlTester.Response response) {
        List<Map<String, Object>> edges = response.path("ticket.timeline.edges").entityList(Map.class).get().stream()
                .map(e -> (Map<String, Object>) e)
                .toList();
        return edges.stream().map(e -> (Map<String, Object>) e.get("node")).toList();
    }

    private static List<String> types(List<Map<String, Object>> nodes) {
        return nodes.stream().map(n -> (String) n.get("__typename")).toList();
    }

    @Test
    void agentsSeeEveryKindOfItemInTheOrderItHappened() {
        GraphQlTester.Response response = timeline(agent, ticket, 100, null);
        List<Map<String, Object>> nodes = nodes(response);
        assertThat(types(nodes))
                .containsExactly(
                        "Comment",
                        "AssignedEvent",
                        "Comment",
                        "Attachment",
                        "StatusChangedEvent",
                        "Attachment",
                        "TimeEntry",
                        "LinkedEvent",
                        "FieldChangedEvent");
        assertThat(nodes.stream().map(n -> Instant.parse((String) n.get("at"))).toList())
                .isSortedAccordingTo(Instant::compareTo);
        assertThat(nodes.get(1)).containsEntry("assignee", Map.of("id", id(agent.id())));
        assertThat(nodes.get(4)).containsEntry("to", Map.of("key", "open"));
        assertThat(nodes.get(7))
                .containsEntry("removed", false)
                .containsEntry("kind", "RELATES_TO")
                .containsEntry("otherTicketNumber", othersTicket.number());
        assertThat(nodes.get(8)).containsEntry("field", "priority").containsEntry("toValue", "high");
        response.path("ticket.timeline.totalCount").entity(Integer.class).isEqualTo(9);
        response.path("ticket.timeline.nodes[*].__typename")
                .entityList(String.class)
                .isEqualTo(types(nodes));
        response.path("ticket.timeline.pageInfo.hasNextPage")
                .entity(Boolean.class)
                .isEqualTo(false);
    }

    @Test
    void aCustomersTimelineNeverHoldsInternalItems() {
        GraphQlTester.Response response = timeline(customer, ticket, 100, null);
        List<Map<String, Object>> nodes = nodes(response);
        assertThat(types(nodes))
                .containsExactly(
                        "Comment",
                        "AssignedEvent",
                        "StatusChangedEvent",
                        "Attachment",
                        "LinkedEvent",
                        "FieldChangedEvent");
        assertThat(nodes).noneMatch(n -> Boolean.TRUE.equals(n.get("internal")));
        assertThat(nodes).noneMatch(n -> "secret.txt".equals(n.get("fileName")));
        assertThat(nodes.toString()).doesNotContain("Secret");
        // The linked ticket is someone else's: the customer learns that a link was made, not to what.
        assertThat(nodes.get(4)).containsEntry("otherTicketNumber", null).containsEntry("removed", false);
        response.path("ticket.timeline.totalCount").entity(Integer.class).isEqualTo(6);
    }

    @Test
    void pagesWalkTheWholeTimelineAcrossKindsAndCursorsRoundTrip() {
        List<String> walked = new ArrayList<>();
        String after = null;
        boolean more = true;
        int pages = 0;
        while (more) {
            GraphQlTester.Response page = timeline(agent, ticket, 2, after);
            walked.addAll(types(nodes(page)));
            page.path("ticket.timeline.pageInfo.hasPreviousPage")
                    .entity(Boolean.class)
                    .isEqualTo(after != null);
            more = page.path("ticket.timeline.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .get();
            after = page.path("ticket.timeline.pageInfo.endCursor")
                    .entity(String.class)
                    .get();
            pages++;
        }
        assertThat(pages).isEqualTo(5);
        assertThat(walked).isEqualTo(types(nodes(timeline(agent, ticket, 100, null))));

        // An edge's cursor resumes right after that edge.
        List<String> cursors = timeline(agent, ticket, 100, null)
                .path("ticket.timeline.edges[*].cursor")
                .entityList(String.class)
                .get();
        assertThat(types(nodes(timeline(agent, ticket, 3, cursors.get(2))))).isEqualTo(walked.subList(3, 6));
    }

    @Test
    void aCursorThatIsNotOneIsAClearError() {
        ResponseError error = singleError(timeline(agent, ticket, 2, "not-a-cursor"), "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("after");

        String otherTicketsCursor = timeline(agent, othersTicket, 1, null)
                .path("ticket.timeline.pageInfo.endCursor")
                .entity(String.class)
                .get();
        ResponseError foreign = singleError(timeline(agent, ticket, 2, otherTicketsCursor), "BAD_REQUEST");
        assertThat(foreign.toString()).contains("another ticket");

        singleError(timeline(agent, ticket, 101, null), "BAD_REQUEST");
        singleError(timeline(agent, ticket, -1, null), "BAD_REQUEST");
    }

    /** GraphQL answers an unauthenticated call with the UNAUTHORIZED classification (the HTTP 401 of the surface). */
    @Test
    void anonymousCallersAreRefused() {
        GraphQlTester.Response response =
                anonymous().document(TIMELINE).variable("id", id(ticket.id())).execute();
        singleError(response, "UNAUTHORIZED");
        response.path("ticket").valueIsNull();
    }

    @Test
    void aTicketTheCallerMayNotSeeIsNullWithNotFound() {
        GraphQlTester.Response response = timeline(customer, othersTicket, 10, null);
        singleError(response, "NOT_FOUND");
        response.path("ticket").valueIsNull();
    }
}
