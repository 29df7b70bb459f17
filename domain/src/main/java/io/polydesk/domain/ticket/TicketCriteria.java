package io.polydesk.domain.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A filter resolved for the database: keys turned into ids, visibility applied. An empty id list does not
 * filter; {@code nothing} means the filter can match no row (an unknown status, say). {@code ids}, when not
 * empty, limits the rows to those tickets: the search index's answer to the text filter, which then is null.
 * {@code anyOf}, when not empty, also requires one of those criteria to hold ({@link #anyOf(List)}).
 * {@code projectIds}, when not empty, requires one of those projects; {@code followerId} a ticket that user follows.
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
        Long companyId,
        List<Long> ids,
        Inbox inbox,
        Boolean slaBreached,
        Instant slaAsOf,
        Instant slaDueBefore,
        List<TicketCriteria> anyOf,
        List<Long> projectIds,
        Long followerId) {

    public TicketCriteria {
        ids = ids == null ? List.of() : List.copyOf(ids);
        projectIds = projectIds == null ? List.of() : List.copyOf(projectIds);
        inbox = inbox == null ? Inbox.ANY : inbox;
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }

    /**
     * Rows matching any of {@code alternatives}, each resolved on its own (visibility included), in one statement.
     * Alternatives that can match nothing drop out; with none left, nothing matches.
     */
    public static TicketCriteria anyOf(List<TicketCriteria> alternatives) {
        List<TicketCriteria> possible =
                alternatives.stream().filter(c -> !c.nothing()).toList();
        if (possible.size() == 1) {
            return possible.get(0);
        }
        return builder().nothing(possible.isEmpty()).anyOf(possible).build();
    }

    /**
     * The inbox filters resolved: team and type ids (any of them), tag names (all of, any of, none of), and the
     * negations by status and team; a ticket without a team is not in any team named by {@code teamIdsNot}.
     */
    public record Inbox(
            List<Long> teamIds,
            List<Long> typeIds,
            List<String> tagsAll,
            List<String> tagsAny,
            List<String> tagsNone,
            List<Long> statusIdsNot,
            List<Long> teamIdsNot) {

        public static final Inbox ANY = new Inbox(null, null, null, null, null, null, null);

        public Inbox {
            teamIds = copy(teamIds);
            typeIds = copy(typeIds);
            tagsAll = copy(tagsAll);
            tagsAny = copy(tagsAny);
            tagsNone = copy(tagsNone);
            statusIdsNot = copy(statusIdsNot);
            teamIdsNot = copy(teamIdsNot);
        }

        private static <T> List<T> copy(List<T> values) {
            return values == null ? List.of() : List.copyOf(values);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds criteria field by field; every field left out does not filter. */
    public static final class Builder {
        private List<Long> statusIds = List.of();
        private List<Long> priorityIds = List.of();
        private Long assigneeId;
        private Boolean assigned;
        private Long requesterId;
        private Long projectId;
        private String tag;
        private String text;
        private Instant createdFrom;
        private Instant createdTo;
        private Instant updatedFrom;
        private Instant updatedTo;
        private LocalDate dueFrom;
        private LocalDate dueTo;
        private boolean nothing;
        private Long companyId;
        private List<Long> ids = List.of();
        private Inbox inbox = Inbox.ANY;
        private Boolean slaBreached;
        private Instant slaAsOf;
        private Instant slaDueBefore;
        private List<TicketCriteria> anyOf = List.of();
        private List<Long> projectIds = List.of();
        private Long followerId;

        public Builder statusIds(List<Long> value) {
            statusIds = value;
            return this;
        }

        public Builder priorityIds(List<Long> value) {
            priorityIds = value;
            return this;
        }

        public Builder assigneeId(Long value) {
            assigneeId = value;
            return this;
        }

        public Builder assigned(Boolean value) {
            assigned = value;
            return this;
        }

        public Builder requesterId(Long value) {
            requesterId = value;
            return this;
        }

        public Builder projectId(Long value) {
            projectId = value;
            return this;
        }

        public Builder tag(String value) {
            tag = value;
            return this;
        }

        public Builder text(String value) {
            text = value;
            return this;
        }

        public Builder createdFrom(Instant value) {
            createdFrom = value;
            return this;
        }

        public Builder createdTo(Instant value) {
            createdTo = value;
            return this;
        }

        public Builder updatedFrom(Instant value) {
            updatedFrom = value;
            return this;
        }

        public Builder updatedTo(Instant value) {
            updatedTo = value;
            return this;
        }

        public Builder dueFrom(LocalDate value) {
            dueFrom = value;
            return this;
        }

        public Builder dueTo(LocalDate value) {
            dueTo = value;
            return this;
        }

        public Builder nothing(boolean value) {
            nothing = value;
            return this;
        }

        public Builder companyId(Long value) {
            companyId = value;
            return this;
        }

        public Builder ids(List<Long> value) {
            ids = value;
            return this;
        }

        public Builder inbox(Inbox value) {
            inbox = value;
            return this;
        }

        /** Breached or not as of {@code asOf}; null does not filter. */
        public Builder slaBreached(Boolean value, Instant asOf) {
            slaBreached = value;
            slaAsOf = asOf;
            return this;
        }

        public Builder anyOf(List<TicketCriteria> value) {
            anyOf = value;
            return this;
        }

        public Builder slaDueBefore(Instant value) {
            slaDueBefore = value;
            return this;
        }

        public Builder projectIds(List<Long> value) {
            projectIds = value;
            return this;
        }

        public Builder followerId(Long value) {
            followerId = value;
            return this;
        }

        public TicketCriteria build() {
            return new TicketCriteria(
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
                    companyId,
                    ids,
                    inbox,
                    slaBreached,
                    slaAsOf,
                    slaDueBefore,
                    anyOf,
                    projectIds,
                    followerId);
        }
    }
}
