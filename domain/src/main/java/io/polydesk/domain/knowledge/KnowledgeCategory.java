package io.polydesk.domain.knowledge;

import java.time.Instant;

/**
 * A folder of knowledge-base articles; categories nest through {@code parentId} and sort by {@code sortOrder}.
 * An archived category has no live sub-categories, so a live category's ancestors are all live.
 */
public record KnowledgeCategory(
        long id, String name, Long parentId, int sortOrder, Instant createdAt, Instant updatedAt, boolean archived) {}
