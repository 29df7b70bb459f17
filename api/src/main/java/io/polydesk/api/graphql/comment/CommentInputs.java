package io.polydesk.api.graphql.comment;

/** The comment mutations' inputs as the schema declares them. */
final class CommentInputs {

    private CommentInputs() {}

    record AddCommentInput(String ticketId, String content, Boolean internal) {}

    record EditCommentInput(String id, String content) {}

    record DeleteCommentInput(String id) {}
}
