package io.polydesk.api.graphql.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.attachment.AttachFile;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentQueries;
import io.polydesk.domain.attachment.AttachmentService;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.merge.TicketMergeService;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.ticket.Ticket;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;

@PolydeskIntegrationTest
class AttachmentsGraphQlTest extends GraphQlTestSupport {

    private static final String ATTACH = """
            mutation ($input: AttachFileInput!) {
              attachFile(input: $input) {
                attachment { id fileName ownerKind ticketId ticket { id title } asset { id } commentId pending uploadedBy { id } downloadUrl }
              }
            }""";

    private static final String DELETE = """
            mutation ($input: DeleteAttachmentInput!) { deleteAttachment(input: $input) { id } }""";

    private static final String ONE = """
            query ($id: ID!) {
              attachment(id: $id) { id fileName contentType size sha256 pending ownerKind downloadUrl createdAt }
            }""";

    private static final String OF_TICKET = """
            query ($id: ID!) {
              ticket(id: $id) {
                attachments { id fileName commentId }
                comments { nodes { id attachments { id fileName } } }
              }
            }""";

    @Autowired
    AttachmentService attachmentService;

    @Autowired
    AttachmentQueries attachmentQueries;

    @Autowired
    TicketMergeService merges;

    private Attachment upload(TestUser user, String fileName) {
        return attachmentService.upload(
                user.actor(),
                fileName,
                "text/plain",
                new ByteArrayInputStream(("content of " + fileName).getBytes(StandardCharsets.UTF_8)));
    }

    private Attachment uploadTo(TestUser user, Ticket ticket, String fileName) {
        Attachment a = upload(user, fileName);
        return attachmentService.attach(user.actor(), AttachFile.toTicket(a.id(), ticket.id()));
    }

    private Attachment uploadTo(TestUser user, Comment comment, String fileName) {
        Attachment a = upload(user, fileName);
        return attachmentService.attach(user.actor(), AttachFile.toComment(a.id(), comment.id()));
    }

    @Test
    void customerAttachesTheirUploadToTheirTicketAndSeesItListed() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Broken screen");
        Attachment upload = upload(customer, "photo.txt");

        as(customer)
                .document(ATTACH)
                .variable("input", Map.of("attachmentId", id(upload.id()), "ticketId", id(ticket.id())))
                .execute()
                .path("attachFile.attachment.ownerKind")
                .entity(String.class)
                .isEqualTo("TICKET")
                .path("attachFile.attachment.ticketId")
                .entity(String.class)
                .isEqualTo(id(ticket.id()))
                .path("attachFile.attachment.ticket.title")
                .entity(String.class)
                .isEqualTo("Broken screen")
                .path("attachFile.attachment.asset")
                .valueIsNull()
                .path("attachFile.attachment.pending")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("attachFile.attachment.uploadedBy.id")
                .entity(String.class)
                .isEqualTo(id(customer.id()))
                .path("attachFile.attachment.downloadUrl")
                .entity(String.class)
                .isEqualTo("/attachments/" + upload.id());

        as(customer)
                .document(OF_TICKET)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.attachments[*].fileName")
                .entityList(String.class)
                .containsExactly("photo.txt");
    }

    @Test
    void filesOfAMergedTicketAndOfItsCommentsAreListedOnTheTarget() {
        TestUser customer = users.customer();
        Ticket source = ticket(customer, "Printer jam");
        Ticket target = ticket(customer, "Printer broken");
        Attachment onTicket = uploadTo(customer, source, "jam.txt");
        Attachment onComment = uploadTo(customer, comment(customer, source, "photo attached", false), "tray.txt");

        merges.merge(users.agent().actor(), source.id(), target.id());

        as(customer)
                .document(OF_TICKET)
                .variable("id", id(target.id()))
                .execute()
                .path("ticket.attachments[*].id")
                .entityList(String.class)
                .hasSize(2)
                .contains(id(onTicket.id()), id(onComment.id()));
    }

    @Test
    void theAttachmentQueryShowsWhatWasStored() {
        TestUser agent = users.agent();
        Attachment upload = upload(agent, "notes.txt");

        as(agent)
                .document(ONE)
                .variable("id", id(upload.id()))
                .execute()
                .path("attachment.fileName")
                .entity(String.class)
                .isEqualTo("notes.txt")
                .path("attachment.contentType")
                .entity(String.class)
                .isEqualTo("text/plain")
                .path("attachment.size")
                .entity(Long.class)
                .isEqualTo(upload.size())
                .path("attachment.sha256")
                .entity(String.class)
                .isEqualTo(upload.sha256())
                .path("attachment.pending")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("attachment.ownerKind")
                .valueIsNull()
                .path("attachment.downloadUrl")
                .entity(String.class)
                .isEqualTo("/attachments/" + upload.id());
    }

    @Test
    void aPendingUploadIsNotFoundForAnyoneButItsUploader() {
        TestUser uploader = users.customer();
        Attachment upload = upload(uploader, "mine.txt");
        Ticket othersTicket = ticket(users.agent(), "Agent's own ticket");

        singleError(
                as(users.admin()).document(ONE).variable("id", id(upload.id())).execute(), "NOT_FOUND");
        singleError(
                as(users.agent())
                        .document(ATTACH)
                        .variable("input", Map.of("attachmentId", id(upload.id()), "ticketId", id(othersTicket.id())))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void customerCannotAttachToAnotherCustomersTicket() {
        TestUser customer = users.customer();
        Ticket notTheirs = ticket(users.customer(), "Someone else's");
        Attachment upload = upload(customer, "snoop.txt");

        singleError(
                as(customer)
                        .document(ATTACH)
                        .variable("input", Map.of("attachmentId", id(upload.id()), "ticketId", id(notTheirs.id())))
                        .execute(),
                "NOT_FOUND");
        assertThat(attachmentQueries.get(customer.actor(), upload.id()).pending())
                .isTrue();
    }

    @Test
    void attachingTheSameUploadTwiceIsAConflict() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Twice");
        Attachment bound = uploadTo(customer, ticket, "once.txt");

        ResponseError error = singleError(
                as(customer)
                        .document(ATTACH)
                        .variable("input", Map.of("attachmentId", id(bound.id()), "ticketId", id(ticket.id())))
                        .execute(),
                "BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("code", "CONFLICT");
    }

    @Test
    void exactlyOneOwnerMustBeNamed() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Owners");
        Comment comment = comment(customer, ticket, "a comment", false);
        Attachment upload = upload(customer, "which.txt");

        ResponseError both = singleError(
                as(customer)
                        .document(ATTACH)
                        .variable(
                                "input",
                                Map.of(
                                        "attachmentId",
                                        id(upload.id()),
                                        "ticketId",
                                        id(ticket.id()),
                                        "commentId",
                                        id(comment.id())))
                        .execute(),
                "BAD_REQUEST");
        ResponseError none = singleError(
                as(customer)
                        .document(ATTACH)
                        .variable("input", Map.of("attachmentId", id(upload.id())))
                        .execute(),
                "BAD_REQUEST");

        assertThat(detailFields(both)).containsExactly("input.owner");
        assertThat(detailFields(none)).containsExactly("input.owner");
    }

    @Test
    void onlyTheCommentsAuthorOrStaffAttachToAComment() {
        TestUser customer = users.customer();
        TestUser agent = users.agent();
        Ticket ticket = ticket(customer, "Comment files");
        Comment agentsReply = comment(agent, ticket, "Please send a log", false);
        Comment customersComment = comment(customer, ticket, "Here it is", false);

        singleError(
                as(customer)
                        .document(ATTACH)
                        .variable(
                                "input",
                                Map.of(
                                        "attachmentId",
                                        id(upload(customer, "a.txt").id()),
                                        "commentId",
                                        id(agentsReply.id())))
                        .execute(),
                "FORBIDDEN");

        as(customer)
                .document(ATTACH)
                .variable(
                        "input",
                        Map.of(
                                "attachmentId",
                                id(upload(customer, "log.txt").id()),
                                "commentId",
                                id(customersComment.id())))
                .execute()
                .path("attachFile.attachment.ownerKind")
                .entity(String.class)
                .isEqualTo("COMMENT")
                .path("attachFile.attachment.commentId")
                .entity(String.class)
                .isEqualTo(id(customersComment.id()))
                .path("attachFile.attachment.ticketId")
                .entity(String.class)
                .isEqualTo(id(ticket.id()));
        as(agent)
                .document(ATTACH)
                .variable(
                        "input",
                        Map.of(
                                "attachmentId",
                                id(upload(agent, "fix.txt").id()),
                                "commentId",
                                id(customersComment.id())))
                .execute()
                .path("attachFile.attachment.ownerKind")
                .entity(String.class)
                .isEqualTo("COMMENT");
    }

    @Test
    void customersNeverSeeFilesOfInternalComments() {
        TestUser customer = users.customer();
        TestUser agent = users.agent();
        Ticket ticket = ticket(customer, "Internal files");
        Comment internal = comment(agent, ticket, "Our analysis", true);
        Comment open = comment(agent, ticket, "Try this", false);
        Attachment onTicket = uploadTo(customer, ticket, "report.txt");
        Attachment secret = uploadTo(agent, internal, "secret.txt");
        Attachment shared = uploadTo(agent, open, "howto.txt");

        as(customer)
                .document(OF_TICKET)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.attachments[*].id")
                .entityList(String.class)
                .containsExactly(id(onTicket.id()), id(shared.id()))
                .path("ticket.comments.nodes[*].id")
                .entityList(String.class)
                .containsExactly(id(open.id()))
                .path("ticket.comments.nodes[0].attachments[*].fileName")
                .entityList(String.class)
                .containsExactly("howto.txt");
        singleError(as(customer).document(ONE).variable("id", id(secret.id())).execute(), "NOT_FOUND");
        singleError(
                as(customer)
                        .document(ATTACH)
                        .variable(
                                "input",
                                Map.of(
                                        "attachmentId",
                                        id(upload(customer, "sneak.txt").id()),
                                        "commentId",
                                        id(internal.id())))
                        .execute(),
                "NOT_FOUND");

        as(agent)
                .document(OF_TICKET)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.attachments[*].id")
                .entityList(String.class)
                .containsExactly(id(onTicket.id()), id(secret.id()), id(shared.id()))
                .path("ticket.attachments[1].commentId")
                .entity(String.class)
                .isEqualTo(id(internal.id()))
                .path("ticket.comments.nodes[0].attachments[*].fileName")
                .entityList(String.class)
                .containsExactly("secret.txt");
    }

    @Test
    void anotherCustomersTicketFilesAreNotFound() {
        TestUser owner = users.customer();
        Attachment onTicket = uploadTo(owner, ticket(owner, "Private"), "private.txt");

        singleError(
                as(users.customer())
                        .document(ONE)
                        .variable("id", id(onTicket.id()))
                        .execute(),
                "NOT_FOUND");
        singleError(
                as(users.customer())
                        .document(DELETE)
                        .variable("input", Map.of("id", id(onTicket.id())))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void uploaderDeletesTheirOwnFile() {
        TestUser customer = users.customer();
        Attachment mine = uploadTo(customer, ticket(customer, "Oops"), "wrong.txt");

        as(customer)
                .document(DELETE)
                .variable("input", Map.of("id", id(mine.id())))
                .execute()
                .path("deleteAttachment.id")
                .entity(String.class)
                .isEqualTo(id(mine.id()));

        assertThatThrownBy(() -> attachmentQueries.get(customer.actor(), mine.id()))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void customerCannotDeleteAnAgentsFileButStaffDeleteAnyone() {
        TestUser customer = users.customer();
        TestUser agent = users.agent();
        Ticket ticket = ticket(customer, "Cleanup");
        Attachment agents = uploadTo(agent, ticket, "agent.txt");
        Attachment customers = uploadTo(customer, ticket, "customer.txt");

        singleError(
                as(customer)
                        .document(DELETE)
                        .variable("input", Map.of("id", id(agents.id())))
                        .execute(),
                "FORBIDDEN");
        as(agent)
                .document(DELETE)
                .variable("input", Map.of("id", id(customers.id())))
                .execute()
                .path("deleteAttachment.id")
                .entity(String.class)
                .isEqualTo(id(customers.id()));
        as(users.admin())
                .document(DELETE)
                .variable("input", Map.of("id", id(agents.id())))
                .execute()
                .path("deleteAttachment.id")
                .entity(String.class)
                .isEqualTo(id(agents.id()));

        as(customer)
                .document(OF_TICKET)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.attachments")
                .entityList(Object.class)
                .hasSize(0);
    }

    @Test
    void anonymousCallersAreUnauthorized() {
        singleError(anonymous().document(ONE).variable("id", "1").execute(), "UNAUTHORIZED");
        singleError(
                anonymous()
                        .document(ATTACH)
                        .variable("input", Map.of("attachmentId", "1", "ticketId", "1"))
                        .execute(),
                "UNAUTHORIZED");
        singleError(
                anonymous()
                        .document(DELETE)
                        .variable("input", Map.of("id", "1"))
                        .execute(),
                "UNAUTHORIZED");
    }

    @Test
    void aMalformedIdIsABadRequestNamingTheField() {
        ResponseError error = singleError(
                as(users.customer())
                        .document(ATTACH)
                        .variable("input", Map.of("attachmentId", "abc", "ticketId", "1"))
                        .execute(),
                "BAD_REQUEST");

        assertThat(detailFields(error)).containsExactly("input.attachmentId");
    }
}
