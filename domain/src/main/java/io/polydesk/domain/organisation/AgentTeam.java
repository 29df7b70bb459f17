package io.polydesk.domain.organisation;

import java.time.Instant;

/**
 * A team of agents tickets and tasks can be routed to, with what administrators manage about it. The
 * {@code teams} table predates this slice, so rows written before it have no timestamps.
 */
public record AgentTeam(
        long id, String name, String description, boolean archived, Instant createdAt, Instant updatedAt) {}
