package io.polydesk.compat.jitbit;

import io.polydesk.compat.jitbit.dto.JitbitComment;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.attachment.AttachmentQueries;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentQueries;
import io.polydesk.domain.comment.CommentService;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * {@code Comments} (a ticket's comments; customers never see {@code ForTechsOnly} ones), {@code Comment} (a reply,
 * answering its bare id) and {@code UpdateComment}.
 */
@Component
@ConditionalOnDialect(JitbitDialect.NAME)
class JitbitCommentMethods implements JitbitMethods {

    private final CommentQueries queries;
    private final CommentService comments;
    private final UserQueries users;
    private final AttachmentQueries attachments;
    private final JitbitAttachmentConverter attachmentConverter;
    private final JitbitCommentConverter converter;
    private final JitbitUploads uploads;

    JitbitCommentMethods(
            CommentQueries queries,
            CommentService comments,
            UserQueries users,
            AttachmentQueries attachments,
            JitbitAttachmentConverter attachmentConverter,
            JitbitCommentConverter converter,
            JitbitUploads uploads) {
        this.queries = queries;
        this.comments = comments;
        this.users = users;
        this.attachments = attachments;
        this.attachmentConverter = attachmentConverter;
        this.converter = converter;
        this.uploads = uploads;
    }

    @Override
    public void register(JitbitRoutes routes) {
        routes.read("Comments", this::list);
        routes.write("Comment", this::add);
        routes.write("UpdateComment", this::edit);
    }

    private List<JitbitComment> list(JitbitCall call) {
        long ticketId = call.requiredId("id");
        List<Comment> list = queries.ofTicket(call.actor(), ticketId);
        Map<Long, User> authors = users.byIds(
                call.actor(),
                list.stream()
                        .map(Comment::authorId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList());
        var files = attachments.ofComments(
                call.actor(), list.stream().map(Comment::id).toList());
        return list.stream()
                .map(c -> converter.toComment(new JitbitCommentView(
                        c,
                        c.authorId() == null ? null : authors.get(c.authorId()),
                        files.getOrDefault(c.id(), List.of()).stream()
                                .map(attachmentConverter::toAttachment)
                                .toList())))
                .toList();
    }

    /** Answers the new comment's id as a bare number. */
    private Object add(JitbitCall call) {
        long ticketId = call.requiredId("id");
        String body = call.requiredText("body");
        Boolean internal = call.params().bool("forTechsOnly");
        call.params().bool("isSystem");
        call.ids("recipientIds");
        Long fromUserId = call.params().id("fromUserId");
        if (fromUserId != null && fromUserId != call.actor().userId()) {
            call.params().reject("fromUserId", "may only name the caller: Polydesk records who wrote each comment");
        }
        call.params().validate();
        Comment added = uploads.addComment(
                call.actor(), ticketId, body, Boolean.TRUE.equals(internal), call.files("uploadfile", "file"));
        return added.id();
    }

    private Object edit(JitbitCall call) {
        Long commentId = call.params().id("commentId");
        long id = commentId != null ? commentId : call.requiredId("id");
        String body = call.params().text("body") != null
                ? call.params().text("body")
                : call.params().text("text");
        if (body == null) {
            call.params().reject("body", "is required");
        }
        call.params().validate();
        comments.edit(call.actor(), null, id, body);
        return null;
    }
}
