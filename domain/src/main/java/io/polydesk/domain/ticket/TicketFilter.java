package io.polydesk.domain.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a caller asks to see. Null fields do not filter. {@code assignee} is {@link AssigneeFilter};
 * the visibility rules are added by the queries, never by the caller. {@code projectIds} matches any of them
 * (with {@code projectId}, both must hold). {@code followedByCaller} keeps the tickets the caller follows;
 * {@code requestedByCaller} the caller's own tickets, as an end-user portal lists them whatever the caller's role
 * ({@link TicketPolicy#isOwn}).
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
        Long companyId,
        Inbox inbox,
        Boolean slaBreached,
        Instant slaDueBefore,
        List<Long> projectIds,
        boolean followedByCaller,
        boolean requestedByCaller) {

    public TicketFilter {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        projectIds = projectIds == null ? List.of() : List.copyOf(projectIds);
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
        inbox = inbox == null ? Inbox.ANY : inbox;
    }

    /**
     * The inbox filters: any of these teams or types, every one of {@code tagsAll}, at least one of {@code tagsAny},
     * none of {@code tagsNone}, and the negations (not in these statuses, not routed to these teams). Empty lists do
     * not filter.
     */
    public record Inbox(
            List<Long> teamIds,
            List<Long> typeIds,
            List<String> tagsAll,
            List<String> tagsAny,
            List<String> tagsNone,
            List<String> statusesNot,
            List<Long> teamIdsNot) {

        public static final Inbox ANY = new Inbox(null, null, null, null, null, null, null);

        public Inbox {
            teamIds = copy(teamIds);
            typeIds = copy(typeIds);
            tagsAll = copy(tagsAll);
            tagsAny = copy(tagsAny);
            tagsNone = copy(tagsNone);
            statusesNot = copy(statusesNot);
            teamIdsNot = copy(teamIdsNot);
        }

        private static <T> List<T> copy(List<T> values) {
            return values == null ? List.of() : List.copyOf(values);
        }
    }

    public static TicketFilter none() {
        return builder().build();
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

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a filter field by field; every field left out does not filter. */
    public static final class Builder {
        private List<String> statuses;
        private List<String> priorities;
        private AssigneeFilter assignee;
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
        private Long companyId;
        private Inbox inbox;
        private Boolean slaBreached;
        private Instant slaDueBefore;
        private List<Long> projectIds;
        private boolean followedByCaller;
        private boolean requestedByCaller;

        public Builder statuses(List<String> value) {
            statuses = value;
            return this;
        }

        public Builder priorities(List<String> value) {
            priorities = value;
            return this;
        }

        public Builder assignee(AssigneeFilter value) {
            assignee = value;
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

        public Builder companyId(Long value) {
            companyId = value;
            return this;
        }

        public Builder inbox(Inbox value) {
            inbox = value;
            return this;
        }

        /** True: an SLA target is overdue or was finished late; false: none is (or the ticket has no SLA). */
        public Builder slaBreached(Boolean value) {
            slaBreached = value;
            return this;
        }

        /** A running SLA deadline falls before this instant. */
        public Builder slaDueBefore(Instant value) {
            slaDueBefore = value;
            return this;
        }

        /** Any of these projects. */
        public Builder projectIds(List<Long> value) {
            projectIds = value;
            return this;
        }

        /** Only the tickets the caller follows (Jitbit's subscribers, GraphQL's watchers). */
        public Builder followedByCaller(boolean value) {
            followedByCaller = value;
            return this;
        }

        /** Only the caller's own tickets, whatever the caller's role. */
        public Builder requestedByCaller(boolean value) {
            requestedByCaller = value;
            return this;
        }

        public TicketFilter build() {
            return new TicketFilter(
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
                    companyId,
                    inbox,
                    slaBreached,
                    slaDueBefore,
                    projectIds,
                    followedByCaller,
                    requestedByCaller);
        }
    }
}
