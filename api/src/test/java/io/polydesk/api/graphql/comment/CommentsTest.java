package io.polydesk.api.graphql.comment;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.ticket.Ticket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;

@PolydeskIntegrationTest
class CommentsTest extends GraphQlTestSupport {

    private static final String ADD = """
            mutation ($input: AddCommentInput!) {
              addComment(input: $input) { comment { id ticketId content internal author { id } editCount } }
            }""";

    private static final String EDIT = """
            mutation ($input: EditCommentInput!) {
              editComment(input: $input) {
                comment { content editCount editHistory { previousContent editor { id } editedAt } }
              }
            }""";

    private static final String DELETE = """
            mutation ($input: DeleteCommentInput!) { deleteComment(input: $input) { id } }""";

    private static final String COMMENTS = """
            query ($id: ID!, $first: Int) {
              ticket(id: $id) { comments(first: $first) { nodes { id content } } commentCount }
            }""";

    @Test
    void customerCommentsOnTheirTicket() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Help");

        as(customer)
                .document(ADD)
                .variable("input", Map.of("ticketId", id(ticket.id()), "content", "Any news?"))
                .execute()
                .path("addComment.comment.content")
                .entity(String.class)
                .isEqualTo("Any news?")
                .path("addComment.comment.internal")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("addComment.comment.ticketId")
                .entity(String.class)
                .isEqualTo(id(ticket.id()))
                .path("addComment.comment.author.id")
                .entity(String.class)
                .isEqualTo(id(customer.id()));
    }

    @Test
    void agentWritesAnInternalCommentTheCustomerNeverSees() {
        TestUser customer = users.customer();
        TestUser agent = users.agent();
        Ticket ticket = ticket(customer, "Secret notes");

        as(agent)
                .document(ADD)
                .variable("input", Map.of("ticketId", id(ticket.id()), "content", "Internal only", "internal", true))
                .execute()
                .path("addComment.comment.internal")
                .entity(Boolean.class)
                .isEqualTo(true);

        as(customer)
                .document(COMMENTS)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.comments.nodes")
                .entityList(Object.class)
                .hasSize(0)
                .path("ticket.commentCount")
                .entity(Integer.class)
                .isEqualTo(0);
    }

    @Test
    void customerCannotWriteInternalComments() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Mine");
        singleError(
                as(customer)
                        .document(ADD)
                        .variable("input", Map.of("ticketId", id(ticket.id()), "content", "psst", "internal", true))
                        .execute(),
                "FORBIDDEN");
    }

    @Test
    void customerCannotCommentOnAnotherCustomersTicket() {
        Ticket ticket = ticket(users.customer(), "Not yours");
        singleError(
                as(users.customer())
                        .document(ADD)
                        .variable("input", Map.of("ticketId", id(ticket.id()), "content", "Hi"))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void blankCommentIsBadRequest() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Mine");
        ResponseError error = singleError(
                as(customer)
                        .document(ADD)
                        .variable("input", Map.of("ticketId", id(ticket.id()), "content", "  "))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("input.content");
    }

    @Test
    void anonymousCannotComment() {
        singleError(
                anonymous()
                        .document(ADD)
                        .variable("input", Map.of("ticketId", "1", "content", "x"))
                        .execute(),
                "UNAUTHORIZED");
    }

    @Test
    void firstLimitsTheCommentsOfATicket() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Chatty");
        comment(customer, ticket, "one", false);
        comment(customer, ticket, "two", false);
        comment(customer, ticket, "three", false);

        as(customer)
                .document(COMMENTS)
                .variable("id", id(ticket.id()))
                .variable("first", 2)
                .execute()
                .path("ticket.comments.nodes[*].content")
                .entityList(String.class)
                .containsExactly("one", "two")
                .path("ticket.commentCount")
                .entity(Integer.class)
                .isEqualTo(3);
    }

    @Test
    void authorEditsAndTheEditHistoryKeepsThePreviousContent() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Typos");
        Comment comment = comment(customer, ticket, "Teh printer", false);

        as(customer)
                .document(EDIT)
                .variable("input", Map.of("id", id(comment.id()), "content", "The printer"))
                .execute()
                .path("editComment.comment.content")
                .entity(String.class)
                .isEqualTo("The printer")
                .path("editComment.comment.editCount")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("editComment.comment.editHistory[0].previousContent")
                .entity(String.class)
                .isEqualTo("Teh printer")
                .path("editComment.comment.editHistory[0].editor.id")
                .entity(String.class)
                .isEqualTo(id(customer.id()));
    }

    @Test
    void anotherAgentCannotEditSomeoneElsesComment() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Mine");
        Comment comment = comment(customer, ticket, "Mine too", false);
        singleError(
                as(users.agent())
                        .document(EDIT)
                        .variable("input", Map.of("id", id(comment.id()), "content", "Hijacked"))
                        .execute(),
                "FORBIDDEN");
    }

    @Test
    void customerCannotEditAnInternalCommentTheyCannotSee() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Mine");
        Comment internal = comment(users.agent(), ticket, "Internal", true);
        singleError(
                as(customer)
                        .document(EDIT)
                        .variable("input", Map.of("id", id(internal.id()), "content", "Seen"))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void anotherCustomersCommentIsNotFoundLikeAMissingOneAndItsTicketGoesUnnamed() {
        TestUser owner = users.customer();
        Ticket ticket = ticket(owner, "Private");
        Comment theirs = comment(owner, ticket, "Private words", false);
        TestUser stranger = users.customer();
        for (String document : new String[] {EDIT, DELETE}) {
            Map<String, Object> input = document.equals(EDIT)
                    ? Map.of("id", id(theirs.id()), "content", "x")
                    : Map.of("id", id(theirs.id()));
            ResponseError error = singleError(
                    as(stranger).document(document).variable("input", input).execute(), "NOT_FOUND");

            assertThat(error.getMessage()).contains("Comment").doesNotContain("Ticket");
        }
    }

    @Test
    void editingAnUnknownCommentIsNotFound() {
        singleError(
                as(users.agent())
                        .document(EDIT)
                        .variable("input", Map.of("id", "999999999", "content", "x"))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void editWithBlankContentIsBadRequest() {
        TestUser customer = users.customer();
        Comment comment = comment(customer, ticket(customer, "Mine"), "Text", false);
        ResponseError error = singleError(
                as(customer)
                        .document(EDIT)
                        .variable("input", Map.of("id", id(comment.id()), "content", ""))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("input.content");
    }

    @Test
    void anonymousCannotEdit() {
        singleError(
                anonymous()
                        .document(EDIT)
                        .variable("input", Map.of("id", "1", "content", "x"))
                        .execute(),
                "UNAUTHORIZED");
    }

    @Test
    void authorDeletesTheirComment() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Oops");
        Comment comment = comment(customer, ticket, "Wrong ticket", false);

        as(customer)
                .document(DELETE)
                .variable("input", Map.of("id", id(comment.id())))
                .execute()
                .path("deleteComment.id")
                .entity(String.class)
                .isEqualTo(id(comment.id()));
        as(customer)
                .document(COMMENTS)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.commentCount")
                .entity(Integer.class)
                .isEqualTo(0);
    }

    @Test
    void administratorDeletesAnyComment() {
        TestUser customer = users.customer();
        Comment comment = comment(customer, ticket(customer, "Spam"), "Buy now", false);
        as(users.admin())
                .document(DELETE)
                .variable("input", Map.of("id", id(comment.id())))
                .execute()
                .path("deleteComment.id")
                .entity(String.class)
                .isEqualTo(id(comment.id()));
    }

    @Test
    void agentCannotDeleteSomeoneElsesComment() {
        TestUser customer = users.customer();
        Comment comment = comment(customer, ticket(customer, "Mine"), "Mine", false);
        singleError(
                as(users.agent())
                        .document(DELETE)
                        .variable("input", Map.of("id", id(comment.id())))
                        .execute(),
                "FORBIDDEN");
    }

    @Test
    void deletingAnUnknownCommentIsNotFound() {
        singleError(
                as(users.agent())
                        .document(DELETE)
                        .variable("input", Map.of("id", "999999999"))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void deleteWithNonNumericIdIsBadRequest() {
        ResponseError error = singleError(
                as(users.agent())
                        .document(DELETE)
                        .variable("input", Map.of("id", "c-1"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("input.id");
    }

    @Test
    void anonymousCannotDelete() {
        singleError(
                anonymous()
                        .document(DELETE)
                        .variable("input", Map.of("id", "1"))
                        .execute(),
                "UNAUTHORIZED");
    }

    @Test
    void commentsFirstAboveTheMaximumIsBadRequest() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Many");
        singleError(
                as(customer)
                        .document(COMMENTS)
                        .variable("id", id(ticket.id()))
                        .variable("first", 101)
                        .execute(),
                "BAD_REQUEST");
    }
}
