package io.polydesk.domain.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A filter resolved for the database: keys turned into ids, visibility applied. An empty id list does not
 * filter; {@code nothing} means the filter can match no row (an unknown status, say).
 */
public record TicketCriteria(
        List<Long> statusIds,
        List<Long> priorityIds,
        Long assigneeId,
        Boolean assigned,
        Long requesterId,
        Long projectId,
        String tag,
        String text,
        Instant createdFrom,
        Instant createdTo,
        Instant updatedFrom,
        Instant updatedTo,
        LocalDate dueFrom,
        LocalDate dueTo,
        boolean nothing,
        Long companyId) {

    /** Criteria without a company. */
    public TicketCriteria(
            List<Long> statusIds,
            List<Long> priorityIds,
            Long assigneeId,
            Boolean assigned,
            Long requesterId,
            Long projectId,
            String tag,
            String text,
            Instant createdFrom,
            Instant createdTo,
            Instant updatedFrom,
            Instant updatedTo,
            LocalDate dueFrom,
            LocalDate dueTo,
            boolean nothing) {
        this(
                statusIds,
                priorityIds,
                assigneeId,
                assigned,
                requesterId,
                projectId,
                tag,
                text,
                createdFrom,
                createdTo,
                updatedFrom,
                updatedTo,
                dueFrom,
                dueTo,
                nothing,
                null);
    }
}
