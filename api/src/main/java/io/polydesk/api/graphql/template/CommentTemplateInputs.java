package io.polydesk.api.graphql.template;

import org.springframework.graphql.data.ArgumentValue;

/** The comment template mutations' inputs as the schema declares them. */
final class CommentTemplateInputs {

    private CommentTemplateInputs() {}

    record CreateCommentTemplateInput(String name, String body) {}

    record UpdateCommentTemplateInput(String id, ArgumentValue<String> name, ArgumentValue<String> body) {}

    record DeleteCommentTemplateInput(String id) {}

    record AddCommentFromTemplateInput(String ticketId, String templateId, Boolean internal) {}
}
