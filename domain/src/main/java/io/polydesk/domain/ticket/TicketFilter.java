package io.polydesk.domain.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a caller asks to see. Null fields do not filter. {@code assignee} is {@link AssigneeFilter};
 * the visibility rules are added by the queries, never by the caller.
 */
public record TicketFilter(
        List<String> statuses,
        List<String> priorities,
        AssigneeFilter assignee,
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
        Long companyId) {

    public TicketFilter {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
    }

    /** A filter without a company, as the surfaces that know no companies build it. */
    public TicketFilter(
            List<String> statuses,
            List<String> priorities,
            AssigneeFilter assignee,
            Long requesterId,
            Long projectId,
            String tag,
            String text,
            Instant createdFrom,
            Instant createdTo,
            Instant updatedFrom,
            Instant updatedTo,
            LocalDate dueFrom,
            LocalDate dueTo) {
        this(
                statuses,
                priorities,
                assignee,
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
                null);
    }

    public static TicketFilter none() {
        return new TicketFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Assigned to the caller, to nobody, to anybody, or to one user. */
    public record AssigneeFilter(Kind kind, Long userId) {
        public enum Kind {
            ME,
            UNASSIGNED,
            ANY,
            USER
        }

        public static AssigneeFilter me() {
            return new AssigneeFilter(Kind.ME, null);
        }

        public static AssigneeFilter unassigned() {
            return new AssigneeFilter(Kind.UNASSIGNED, null);
        }

        public static AssigneeFilter any() {
            return new AssigneeFilter(Kind.ANY, null);
        }

        public static AssigneeFilter user(long id) {
            return new AssigneeFilter(Kind.USER, id);
        }
    }
}
