package io.polydesk.domain.knowledge;

import java.time.Instant;

/** A folder of knowledge-base articles; categories nest through {@code parentId} and sort by {@code sortOrder}. */
public record KnowledgeCategory(long id, String name, Long parentId, int sortOrder, Instant createdAt,
                                Instant updatedAt) {
}
