package io.polydesk.domain.knowledge;

import java.time.Instant;

/**
 * A knowledge-base article. Public articles are for everybody signed in, internal ones for staff only.
 * {@code lockVersion} grows with every edit so that concurrent edits cannot overwrite each other.
 */
public record Article(
        long id,
        String title,
        String body,
        Long categoryId,
        boolean isPublic,
        Long authorId,
        Instant createdAt,
        Instant updatedAt,
        int lockVersion,
        boolean archived) {}
