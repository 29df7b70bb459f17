package io.polydesk.domain.organisation;

import java.time.Instant;

/** A named set of users of any role (BOSSDesk's groups), managed by administrators. */
public record UserGroup(long id, String name, String description, Instant createdAt, Instant updatedAt) {}
