package io.polydesk.api.graphql.comment;

import io.polydesk.api.graphql.comment.CommentInputs.AddCommentInput;
import io.polydesk.api.graphql.comment.CommentInputs.DeleteCommentInput;
import io.polydesk.api.graphql.comment.CommentInputs.EditCommentInput;
import io.polydesk.api.graphql.support.DeletedPayload;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.comment.CommentService;
import io.polydesk.domain.shared.Actor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** Writing comments; reading them goes through {@code Ticket.comments}. */
@Controller
class CommentGraphQlController {

    private final CommentService comments;

    CommentGraphQlController(CommentService comments) {
        this.comments = comments;
    }

    @MutationMapping
    CommentPayload addComment(@Argument AddCommentInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new CommentPayload(comments.add(
                actor,
                Ids.require(input.ticketId(), "input.ticketId"),
                input.content(),
                Boolean.TRUE.equals(input.internal())));
    }

    @MutationMapping
    CommentPayload editComment(@Argument EditCommentInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new CommentPayload(comments.edit(actor, null, Ids.require(input.id(), "input.id"), input.content()));
    }

    @MutationMapping
    DeletedPayload deleteComment(@Argument DeleteCommentInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long id = Ids.require(input.id(), "input.id");
        comments.delete(actor, null, id);
        return DeletedPayload.of(id);
    }
}
