package io.polydesk.domain.time;

import java.time.Instant;
import java.time.LocalDate;

/** Minutes an agent spent on a ticket on one day, optionally against one of its tasks. Staff only. */
public record TimeEntry(
        long id,
        long ticketId,
        long agentId,
        Long taskId,
        LocalDate date,
        int minutes,
        boolean billable,
        String note,
        Instant createdAt,
        Instant updatedAt) {}
