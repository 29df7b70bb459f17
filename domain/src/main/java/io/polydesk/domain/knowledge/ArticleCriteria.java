package io.polydesk.domain.knowledge;

/**
 * An article listing resolved for the database: visibility applied ({@code publicOnly} and
 * {@code liveCategoriesOnly} are forced for customers).
 */
public record ArticleCriteria(Long categoryId, String text, boolean publicOnly, boolean liveCategoriesOnly) {}
