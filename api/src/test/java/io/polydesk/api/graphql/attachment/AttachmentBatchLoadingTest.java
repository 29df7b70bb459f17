package io.polydesk.api.graphql.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.graphql.batch.StatementCountingDataSource;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.attachment.AttachFile;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentService;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.ticket.Ticket;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Ticket and comment attachments, with their uploaders, cost as many statements for 20 tickets as for 5. */
@PolydeskIntegrationTest
@Import(StatementCountingDataSource.class)
class AttachmentBatchLoadingTest extends GraphQlTestSupport {

    private static final String PAGE = """
            query ($requester: ID, $first: Int) {
              tickets(filter: {requesterId: $requester}, first: $first) {
                edges { node {
                  id
                  attachments(first: 5) { id fileName uploadedBy { id } downloadUrl }
                  comments(first: 5) { nodes { id attachments(first: 5) { id sha256 uploadedBy { id } } } }
                } }
              }
            }""";

    @Autowired
    StatementCountingDataSource statements;

    @Autowired
    AttachmentService attachments;

    private void attach(TestUser user, Long ticketId, Long commentId, String name) {
        Attachment a = attachments.upload(
                user.actor(), name, "text/plain", new ByteArrayInputStream(name.getBytes(StandardCharsets.UTF_8)));
        attachments.attach(user.actor(), new AttachFile(a.id(), ticketId, commentId, null));
    }

    @Test
    void twentyTicketsCostNoMoreStatementsThanFive() {
        TestUser agent = users.agent();
        TestUser customer = users.customer();
        for (int i = 0; i < 20; i++) {
            Ticket ticket = ticket(customer, "Files " + i);
            Comment comment = comment(agent, ticket, "Reply " + i, false);
            attach(customer, ticket.id(), null, "ticket-" + i + ".txt");
            attach(agent, null, comment.id(), "comment-" + i + ".txt");
        }
        HttpGraphQlTester tester = as(agent);
        statementsFor(tester, customer, 5);

        long forFive = statementsFor(tester, customer, 5);
        long forTwenty = statementsFor(tester, customer, 20);

        assertThat(forFive).isPositive();
        assertThat(forTwenty)
                .as("statements for 20 tickets vs %d for 5", forFive)
                .isEqualTo(forFive);
    }

    private long statementsFor(HttpGraphQlTester tester, TestUser requester, int first) {
        long before = statements.count();
        tester.document(PAGE)
                .variable("requester", id(requester.id()))
                .variable("first", first)
                .execute()
                .path("tickets.edges")
                .entityList(Object.class)
                .hasSize(first)
                .path("tickets.edges[0].node.attachments")
                .entityList(Object.class)
                .hasSize(2)
                .path("tickets.edges[0].node.comments.nodes[0].attachments")
                .entityList(Object.class)
                .hasSize(1)
                .path("tickets.edges[0].node.attachments[0].uploadedBy.id")
                .entity(String.class)
                .isEqualTo(id(requester.id()));
        return statements.count() - before;
    }
}
