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
        boolean archived,
        TicketClocks clocks) {

    public Ticket {
        clocks = clocks == null ? TicketClocks.NONE : clocks;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this ticket, for copies that change a few fields. */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .number(number)
                .title(title)
                .description(description)
                .statusId(statusId)
                .priorityId(priorityId)
                .requesterId(requesterId)
                .assigneeId(assigneeId)
                .projectId(projectId)
                .teamId(teamId)
                .typeId(typeId)
                .dueDate(dueDate)
                .resolution(resolution)
                .onHold(onHold)
                .source(source)
                .createdAt(createdAt)
                .updatedAt(updatedAt)
                .closedAt(closedAt)
                .firstResponseAt(firstResponseAt)
                .lockVersion(lockVersion)
                .archived(archived)
                .clocks(clocks);
    }

    /** Builds a ticket field by field; the repository assigns id, number and lock version on insert. */
    public static final class Builder {
        private long id;
        private String number;
        private String title;
        private String description;
        private long statusId;
        private long priorityId;
        private long requesterId;
        private Long assigneeId;
        private Long projectId;
        private Long teamId;
        private Long typeId;
        private LocalDate dueDate;
        private String resolution;
        private boolean onHold;
        private String source;
        private Instant createdAt;
        private Instant updatedAt;
        private Instant closedAt;
        private Instant firstResponseAt;
        private int lockVersion;
        private boolean archived;
        private TicketClocks clocks = TicketClocks.NONE;

        public Builder id(long value) {
            id = value;
            return this;
        }

        public Builder number(String value) {
            number = value;
            return this;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder statusId(long value) {
            statusId = value;
            return this;
        }

        public Builder priorityId(long value) {
            priorityId = value;
            return this;
        }

        public Builder requesterId(long value) {
            requesterId = value;
            return this;
        }

        public Builder assigneeId(Long value) {
            assigneeId = value;
            return this;
        }

        public Builder projectId(Long value) {
            projectId = value;
            return this;
        }

        public Builder teamId(Long value) {
            teamId = value;
            return this;
        }

        public Builder typeId(Long value) {
            typeId = value;
            return this;
        }

        public Builder dueDate(LocalDate value) {
            dueDate = value;
            return this;
        }

        public Builder resolution(String value) {
            resolution = value;
            return this;
        }

        public Builder onHold(boolean value) {
            onHold = value;
            return this;
        }

        public Builder source(String value) {
            source = value;
            return this;
        }

        public Builder createdAt(Instant value) {
            createdAt = value;
            return this;
        }

        public Builder updatedAt(Instant value) {
            updatedAt = value;
            return this;
        }

        public Builder closedAt(Instant value) {
            closedAt = value;
            return this;
        }

        public Builder firstResponseAt(Instant value) {
            firstResponseAt = value;
            return this;
        }

        public Builder lockVersion(int value) {
            lockVersion = value;
            return this;
        }

        public Builder archived(boolean value) {
            archived = value;
            return this;
        }

        public Builder clocks(TicketClocks value) {
            clocks = value;
            return this;
        }

        public Ticket build() {
            return new Ticket(
                    id,
                    number,
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
                    archived,
                    clocks);
        }
    }
}
