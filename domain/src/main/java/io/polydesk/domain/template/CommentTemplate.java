package io.polydesk.domain.template;

import java.time.Instant;

/** A canned response in the staff's shared library; {@code body} may hold {@link TemplateRenderer} placeholders. */
public record CommentTemplate(
        long id, String name, String body, Long createdBy, Instant createdAt, Instant updatedAt) {}
