package io.polydesk.domain.organisation;

/** Where a user sits: their company and department, either may be null. Kept apart from {@code User}. */
public record UserOrganisation(long userId, Long companyId, Long departmentId) {}
