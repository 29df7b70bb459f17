package io.polydesk.domain.ticket;

import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.DomainException;
import java.util.List;

/**
 * One change applied to many tickets: only what is given changes, the same way on each. Tags are added and
 * removed rather than replaced, so each ticket keeps the tags the change does not name.
 */
public record BulkTicketChange(
        Change<String> status,
        Change<String> priority,
        Change<Long> assigneeId,
        Change<Long> teamId,
        List<String> addTags,
        List<String> removeTags) {

    public BulkTicketChange {
        addTags = addTags == null ? List.of() : List.copyOf(addTags);
        removeTags = removeTags == null ? List.of() : List.copyOf(removeTags);
        TicketLimits.checkTags(addTags);
        TicketLimits.checkTags(removeTags);
        if (!status.isPresent()
                && !priority.isPresent()
                && !assigneeId.isPresent()
                && !teamId.isPresent()
                && addTags.isEmpty()
                && removeTags.isEmpty()) {
            throw DomainException.invalid("input", "names nothing to change");
        }
    }

    public static BulkTicketChange tags(List<String> add, List<String> remove) {
        return new BulkTicketChange(Change.keep(), Change.keep(), Change.keep(), Change.keep(), add, remove);
    }

    boolean changesTags() {
        return !addTags.isEmpty() || !removeTags.isEmpty();
    }
}
