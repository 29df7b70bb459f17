package io.polydesk.api.graphql.attachment;

import io.polydesk.api.graphql.attachment.AttachmentInputs.AttachFileInput;
import io.polydesk.api.graphql.attachment.AttachmentInputs.DeleteAttachmentInput;
import io.polydesk.api.graphql.support.DeletedPayload;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.attachment.AttachFile;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentQueries;
import io.polydesk.domain.attachment.AttachmentService;
import io.polydesk.domain.shared.Actor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** Reading one attachment, binding uploads and deleting; the bytes go over {@code /attachments}. */
@Controller
class AttachmentGraphQlController {

    private final AttachmentService attachments;
    private final AttachmentQueries queries;

    AttachmentGraphQlController(AttachmentService attachments, AttachmentQueries queries) {
        this.attachments = attachments;
        this.queries = queries;
    }

    @QueryMapping
    Attachment attachment(@Argument String id, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return queries.get(actor, Ids.require(id, "id"));
    }

    @MutationMapping
    AttachFilePayload attachFile(@Argument AttachFileInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        AttachFile command = new AttachFile(
                Ids.require(input.attachmentId(), "input.attachmentId"),
                Ids.parse(input.ticketId(), "input.ticketId"),
                Ids.parse(input.commentId(), "input.commentId"),
                Ids.parse(input.assetId(), "input.assetId"));
        return new AttachFilePayload(attachments.attach(actor, command));
    }

    @MutationMapping
    DeletedPayload deleteAttachment(@Argument DeleteAttachmentInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long id = Ids.require(input.id(), "input.id");
        attachments.delete(actor, id);
        return DeletedPayload.of(id);
    }
}
