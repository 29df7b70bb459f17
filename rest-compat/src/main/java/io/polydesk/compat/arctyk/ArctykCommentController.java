package io.polydesk.compat.arctyk;

import io.polydesk.compat.arctyk.dto.CommentCreated;
import io.polydesk.compat.arctyk.dto.CommentEdited;
import io.polydesk.compat.arctyk.dto.CommentItem;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.JsonBody;
import io.polydesk.compat.support.drf.DrfFieldWording;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentQueries;
import io.polydesk.domain.comment.CommentService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Arctyk's comments on one ticket: list, add, edit (with history) and delete. */
@RestController
@ConditionalOnDialect(ArctykDialect.NAME)
class ArctykCommentController {

    private static final Set<String> COMMENT_TYPES =
            Set.of(ArctykCommentConverter.PUBLIC, ArctykCommentConverter.INTERNAL);

    private final CommentService service;
    private final CommentQueries queries;
    private final UserQueries users;
    private final ArctykCommentConverter converter;

    ArctykCommentController(
            CommentService service, CommentQueries queries, UserQueries users, ArctykCommentConverter converter) {
        this.service = service;
        this.queries = queries;
        this.users = users;
        this.converter = converter;
    }

    @GetMapping({"/tickets/{ticketId}/comments", "/tickets/{ticketId}/comments/"})
    List<CommentItem> list(@AuthenticationPrincipal Actor actor, @PathVariable long ticketId) {
        List<Comment> comments = queries.ofTicket(actor, ticketId);
        Map<Long, User> authors = users.byIds(
                actor,
                comments.stream()
                        .map(Comment::authorId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList());
        return comments.stream()
                .map(c -> converter.toItem(c, c.authorId() == null ? null : authors.get(c.authorId())))
                .toList();
    }

    @PostMapping({"/tickets/{ticketId}/comments", "/tickets/{ticketId}/comments/"})
    ResponseEntity<CommentCreated> add(
            @AuthenticationPrincipal Actor actor, @PathVariable long ticketId, @RequestBody JsonNode body) {
        JsonBody fields = JsonBody.of(body, DrfFieldWording.INSTANCE);
        var content = fields.text("content");
        var type = fields.choice("comment_type", COMMENT_TYPES);
        fields.validate();
        Comment comment =
                service.add(actor, ticketId, content.value(), ArctykCommentConverter.INTERNAL.equals(type.value()));
        User author = users.byIds(actor, List.of(comment.authorId())).get(comment.authorId());
        return ResponseEntity.status(HttpStatus.CREATED).body(converter.toCreated(comment, author));
    }

    @PatchMapping({"/tickets/{ticketId}/comments/{commentId}", "/tickets/{ticketId}/comments/{commentId}/"})
    CommentEdited edit(
            @AuthenticationPrincipal Actor actor,
            @PathVariable long ticketId,
            @PathVariable long commentId,
            @RequestBody JsonNode body) {
        JsonBody fields = JsonBody.of(body, DrfFieldWording.INSTANCE);
        var content = fields.text("content");
        fields.validate();
        Comment comment = content.isPresent()
                ? service.edit(actor, ticketId, commentId, content.value())
                : queries.get(actor, ticketId, commentId);
        return converter.toEdited(comment, queries.editsOf(List.of(commentId)).getOrDefault(commentId, List.of()));
    }

    @DeleteMapping({"/tickets/{ticketId}/comments/{commentId}", "/tickets/{ticketId}/comments/{commentId}/"})
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal Actor actor, @PathVariable long ticketId, @PathVariable long commentId) {
        service.delete(actor, ticketId, commentId);
        return ResponseEntity.noContent().build();
    }
}
