package io.polydesk.domain.task;

import java.time.Instant;

/** A piece of staff work on a ticket. Open while {@code closedAt} is null. Customers never see tasks. */
public record Task(
        long id,
        long ticketId,
        Long typeId,
        Long teamId,
        Long agentId,
        String title,
        String note,
        Instant dueAt,
        Instant closedAt,
        Instant createdAt,
        Instant updatedAt) {

    public boolean closed() {
        return closedAt != null;
    }
}
