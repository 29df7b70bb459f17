package io.polydesk.domain.knowledge;

import java.time.Instant;

/**
 * An article listing resolved for the database: visibility applied ({@code publicOnly} and
 * {@code liveCategoriesOnly} are forced for customers) and the keyset position after which the page starts
 * (newest change first).
 */
public record ArticleCriteria(
        Long categoryId,
        String text,
        boolean publicOnly,
        Instant afterUpdatedAt,
        Long afterId,
        int limit,
        boolean liveCategoriesOnly) {

    /** Criteria that keep articles of archived categories, as staff see them. */
    public ArticleCriteria(
            Long categoryId, String text, boolean publicOnly, Instant afterUpdatedAt, Long afterId, int limit) {
        this(categoryId, text, publicOnly, afterUpdatedAt, afterId, limit, false);
    }
}
