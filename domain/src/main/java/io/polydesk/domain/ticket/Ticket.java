package io.polydesk.domain.ticket;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A ticket as stored. Relations are ids; surfaces load the related objects in batches.
 * {@code lockVersion} grows with every write, and a write against an older version is refused.
 */
public record Ticket(
        long id,
        String number,
        String title,
        String description,
        long statusId,
        long priorityId,
        long requesterId,
        Long assigneeId,
        Long projectId,
        Long teamId,
        Long typeId,
        LocalDate dueDate,
        String resolution,
        boolean onHold,
        String source,
        Instant createdAt,
        Instant updatedAt,
        Instant closedAt,
        Instant firstResponseAt,
        int lockVersion,
        boolean archived) {

    public Ticket withNumber(String newNumber) {
        return new Ticket(
                id,
                newNumber,
                title,
                description,
                statusId,
                priorityId,
                requesterId,
                assigneeId,
                projectId,
                teamId,
                typeId,
                dueDate,
                resolution,
                onHold,
                source,
                createdAt,
                updatedAt,
                closedAt,
                firstResponseAt,
                lockVersion,
                archived);
    }
}
