package io.polydesk.api.graphql.template;

import io.polydesk.domain.template.CommentTemplate;

/** The payload of the template mutations that leave a template behind. */
public record CommentTemplatePayload(CommentTemplate commentTemplate) {}
