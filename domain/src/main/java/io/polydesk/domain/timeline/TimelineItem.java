package io.polydesk.domain.timeline;

import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.domain.time.TimeEntry;
import java.time.Instant;

/** One thing that happened on a ticket, as its timeline lists it. */
public sealed interface TimelineItem {

    Instant at();

    record Commented(Comment comment) implements TimelineItem {
        @Override
        public Instant at() {
            return comment.createdAt();
        }
    }

    record FileAttached(Attachment attachment) implements TimelineItem {
        @Override
        public Instant at() {
            return attachment.createdAt();
        }
    }

    record TimeLogged(TimeEntry entry) implements TimelineItem {
        @Override
        public Instant at() {
            return entry.createdAt();
        }
    }

    /**
     * A history entry, told apart by what it changed. {@code removal} says that a value was taken away (a link
     * removed, a parent cleared); it is read before values are redacted for the caller, so it holds either way.
     */
    record Changed(TicketChange change, ChangeKind kind, boolean removal) implements TimelineItem {

        Changed(TicketChange shown, TicketChange recorded) {
            this(shown, ChangeKind.of(recorded.field()), recorded.fromValue() != null && recorded.toValue() == null);
        }

        @Override
        public Instant at() {
            return change.at();
        }
    }

    /** What a history entry is about, for a UI to show it in its own way. */
    enum ChangeKind {
        STATUS,
        ASSIGNMENT,
        LINK,
        MERGE,
        FIELD;

        static ChangeKind of(String field) {
            return switch (field) {
                case "status" -> STATUS;
                case "assignee" -> ASSIGNMENT;
                case "link" -> LINK;
                case "merged", "mergedInto" -> MERGE;
                default -> FIELD;
            };
        }
    }
}
