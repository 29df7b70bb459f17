package io.polydesk.compat.ticketingv1;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.JsonBody;
import io.polydesk.compat.ticketingv1.dto.CommentCreated;
import io.polydesk.compat.ticketingv1.dto.DataEnvelope;
import io.polydesk.domain.attachment.AttachmentQueries;
import io.polydesk.domain.attachment.AttachmentSettings;
import io.polydesk.domain.attachment.InlineAttachments;
import io.polydesk.domain.attachment.InlineFile;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.user.UserQueries;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code POST /tickets/{id}/comments}: a public or internal comment, with files sent inline as base64. */
@RestController
@ConditionalOnDialect(TicketingV1Dialect.NAME)
class TicketingCommentController {

    private final InlineAttachments comments;
    private final AttachmentQueries attachments;
    private final AttachmentSettings attachmentSettings;
    private final UserQueries users;
    private final TicketingConverter converter;

    TicketingCommentController(
            InlineAttachments comments,
            AttachmentQueries attachments,
            AttachmentSettings attachmentSettings,
            UserQueries users,
            TicketingConverter converter) {
        this.comments = comments;
        this.attachments = attachments;
        this.attachmentSettings = attachmentSettings;
        this.users = users;
        this.converter = converter;
    }

    @PostMapping("/tickets/{ticketId}/comments")
    ResponseEntity<DataEnvelope<CommentCreated>> add(
            @AuthenticationPrincipal Actor actor, @PathVariable String ticketId, @RequestBody JsonNode body) {
        long id = TicketingIds.parse("Ticket", ticketId);
        JsonBody fields = JsonBody.of(body, TicketingWording.INSTANCE);
        var content = fields.text("content");
        var internal = fields.bool("is_internal");
        TicketingInlineFiles inline = TicketingInlineFiles.read(body, fields);
        fields.validate();
        if (!inline.invalid().isEmpty()) {
            throw DomainException.invalid(inline.invalid());
        }
        List<InlineFile> files = inline.files(attachmentSettings.maxSize());
        Comment comment = comments.addComment(actor, id, content.value(), Boolean.TRUE.equals(internal.value()), files);
        CommentCreated created = converter.toCreated(
                comment,
                users.byId(actor.userId()).orElse(null),
                attachments.ofComments(actor, List.of(comment.id())).getOrDefault(comment.id(), List.of()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new DataEnvelope<>(created));
    }
}
