package io.polydesk.domain.organisation;

/**
 * A company listing resolved for the database: {@code onlyId} restricts it to one company (a customer's own),
 * {@code textPattern} is matched against the name.
 */
public record CompanyCriteria(String text, boolean includeArchived, Long onlyId) {}
