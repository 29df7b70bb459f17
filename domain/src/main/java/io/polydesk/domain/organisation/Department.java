package io.polydesk.domain.organisation;

import java.time.Instant;

/** A part of an organisation users belong to; {@code companyId} is null for the service desk's own departments. */
public record Department(
        long id, String name, Long companyId, boolean archived, Instant createdAt, Instant updatedAt) {}
