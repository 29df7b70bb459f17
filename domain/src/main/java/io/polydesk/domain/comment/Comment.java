package io.polydesk.domain.comment;

import java.time.Instant;

/** A comment on a ticket. Internal comments are for staff only; system comments are written by Polydesk. */
public record Comment(
        long id,
        long ticketId,
        Long authorId,
        String content,
        boolean internal,
        boolean system,
        Instant createdAt,
        Instant updatedAt,
        int editCount) {}
