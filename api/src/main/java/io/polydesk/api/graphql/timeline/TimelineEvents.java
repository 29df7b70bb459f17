package io.polydesk.api.graphql.timeline;

import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.domain.timeline.TimelineItem;
import java.time.Instant;

/**
 * The history-based members of the {@code TimelineItem} union, one record per GraphQL type (the union's type
 * resolver goes by class name). Comments, files and time entries appear as their own types.
 */
public final class TimelineEvents {

    private TimelineEvents() {}

    /** What a history entry looks like in a timeline. */
    public sealed interface Event {
        TicketChange change();

        default Instant at() {
            return change().at();
        }

        default Long actorId() {
            return change().actorId();
        }
    }

    public record StatusChangedEvent(TicketChange change) implements Event {}

    public record AssignedEvent(TicketChange change) implements Event {
        public Long assigneeId() {
            return id(change.toValue());
        }

        public Long previousAssigneeId() {
            return id(change.fromValue());
        }
    }

    public record FieldChangedEvent(TicketChange change) implements Event {
        public String field() {
            return change.field();
        }

        public String fromValue() {
            return change.fromValue();
        }

        public String toValue() {
            return change.toValue();
        }
    }

    /** Values are {@code KIND:NUMBER}; both parts are gone when the caller may not see the other ticket. */
    public record LinkedEvent(TicketChange change, boolean removed) implements Event {
        public String kind() {
            String value = value();
            return value == null || value.indexOf(':') < 0 ? null : value.substring(0, value.indexOf(':'));
        }

        public String otherTicketNumber() {
            String value = value();
            return value == null ? null : value.substring(value.indexOf(':') + 1);
        }

        private String value() {
            return removed ? change.fromValue() : change.toValue();
        }
    }

    public record MergedEvent(TicketChange change) implements Event {
        public String direction() {
            return change.field().equals("merged") ? "INTO_THIS" : "INTO_OTHER";
        }

        public String otherTicketNumber() {
            return change.toValue();
        }
    }

    /** The object the schema answers for one timeline item. */
    static Object node(TimelineItem item) {
        if (item instanceof TimelineItem.Commented c) {
            return c.comment();
        }
        if (item instanceof TimelineItem.FileAttached f) {
            return f.attachment();
        }
        if (item instanceof TimelineItem.TimeLogged t) {
            return t.entry();
        }
        TimelineItem.Changed c = (TimelineItem.Changed) item;
        return switch (c.kind()) {
            case STATUS -> new StatusChangedEvent(c.change());
            case ASSIGNMENT -> new AssignedEvent(c.change());
            case LINK -> new LinkedEvent(c.change(), c.removal());
            case MERGE -> new MergedEvent(c.change());
            case FIELD -> new FieldChangedEvent(c.change());
        };
    }

    private static Long id(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
