package io.polydesk.domain.knowledge;

import java.time.Instant;

/** An article in a listing: everything but the body, which can be long. */
public record ArticleSummary(
        long id, String title, Long categoryId, boolean isPublic, Instant createdAt, Instant updatedAt) {}
