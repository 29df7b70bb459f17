package io.polydesk.compat.djangohelpdesk;

import io.polydesk.compat.djangohelpdesk.dto.FollowUpAttachmentBody;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.attachment.AttachFile;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentQueries;
import io.polydesk.domain.attachment.AttachmentService;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentQueries;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /followups-attachments/}: the files of comments, staff only. A POST takes {@code followup} and a
 * multipart {@code file}; {@code filename}, {@code mime_type} and {@code size} are what Polydesk stored.
 */
@RestController
@ConditionalOnDialect(DjangoHelpdeskDialect.NAME)
class DjangoHelpdeskFollowUpAttachmentController {

    private final CommentQueries comments;
    private final AttachmentQueries attachments;
    private final AttachmentService attachmentService;
    private final DjangoHelpdeskUploads uploads;
    private final DjangoHelpdeskBodies bodies;
    private final DjangoHelpdeskFollowUpConverter converter;

    DjangoHelpdeskFollowUpAttachmentController(
            CommentQueries comments,
            AttachmentQueries attachments,
            AttachmentService attachmentService,
            DjangoHelpdeskUploads uploads,
            DjangoHelpdeskBodies bodies,
            DjangoHelpdeskFollowUpConverter converter) {
        this.comments = comments;
        this.attachments = attachments;
        this.attachmentService = attachmentService;
        this.uploads = uploads;
        this.bodies = bodies;
        this.converter = converter;
    }

    /** Unpaged, as the original: the files of every followup the followup list shows. */
    @GetMapping({"/followups-attachments/", "/followups-attachments.json", "/followups-attachments.json/"})
    List<FollowUpAttachmentBody> list(@AuthenticationPrincipal Actor actor, HttpServletRequest request) {
        Actor.requireStaff(actor);
        List<Long> ids = comments.ofAllTickets(actor, 0, DjangoHelpdeskFollowUpController.LIST_LIMIT).stream()
                .map(Comment::id)
                .toList();
        DownloadLinks links = DownloadLinks.of(request);
        return attachments.ofComments(actor, ids).values().stream()
                .flatMap(List::stream)
                .sorted((a, b) -> Long.compare(a.id(), b.id()))
                .map(a -> converter.toAttachment(a, links))
                .toList();
    }

    @GetMapping({"/followups-attachments/{id}/", "/followups-attachments/{id}.json", "/followups-attachments/{id}.json/"
    })
    FollowUpAttachmentBody get(
            @AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletRequest request) {
        return converter.toAttachment(ofFollowUp(actor, id), DownloadLinks.of(request));
    }

    @PostMapping({"/followups-attachments/", "/followups-attachments.json", "/followups-attachments.json/"})
    ResponseEntity<FollowUpAttachmentBody> create(@AuthenticationPrincipal Actor actor, HttpServletRequest request) {
        Actor.requireStaff(actor);
        DrfFields fields = new DrfFields(bodies.read(request));
        Change<Long> followUp = fields.pk("followup");
        if (!fields.has("followup")) {
            fields.reject("followup", DrfFields.REQUIRED);
        } else if (followUp.isPresent() && followUp.value() == null) {
            fields.reject("followup", DrfFields.NOT_NULL);
        }
        List<MultipartFile> files = DjangoHelpdeskBodies.files(request, "file");
        if (files.isEmpty()) {
            fields.reject("file", "No file was submitted.");
        }
        fields.validate();
        Comment comment;
        try {
            comment = comments.get(actor, followUp.value());
        } catch (DomainException e) {
            fields.reject("followup", "Invalid pk \"" + followUp.value() + "\" - object does not exist.");
            fields.validate();
            throw e;
        }
        long upload = uploads.store(actor, files.subList(0, 1)).get(0);
        Attachment attached = attachmentService.attach(actor, AttachFile.toComment(upload, comment.id()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(converter.toAttachment(attached, DownloadLinks.of(request)));
    }

    @DeleteMapping({
        "/followups-attachments/{id}/",
        "/followups-attachments/{id}.json",
        "/followups-attachments/{id}.json/"
    })
    ResponseEntity<Void> delete(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        attachmentService.delete(actor, ofFollowUp(actor, id).id());
        return ResponseEntity.noContent().build();
    }

    /** A file of a comment the caller can see; files of tickets and assets are not followup attachments. */
    private Attachment ofFollowUp(Actor actor, long id) {
        Actor.requireStaff(actor);
        Attachment attachment = attachments.get(actor, id);
        if (attachment.commentId() == null) {
            throw DomainException.notFound("Attachment", id);
        }
        return attachment;
    }
}
