package io.polydesk.domain.ticket;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.workflow.Workflow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects the history entries of one write: one {@link TicketChange} per field whose value differs, with
 * statuses and priorities by key.
 */
final class TicketChanges {

    private final Ticket ticket;
    private final Actor actor;
    private final Instant at;
    private final List<TicketChange> changes = new ArrayList<>();

    TicketChanges(Ticket ticket, Actor actor, Instant at) {
        this.ticket = ticket;
        this.actor = actor;
        this.at = at;
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    List<TicketChange> entries() {
        return List.copyOf(changes);
    }

    /** Records every field of {@code after} that differs from the ticket as it was. */
    void compareFields(Ticket after, Workflow workflow) {
        Ticket a = ticket;
        compare("title", a.title(), after.title());
        compare("description", a.description(), after.description());
        if (a.statusId() != after.statusId()) {
            add(
                    "status",
                    workflow.status(a.statusId()).key(),
                    workflow.status(after.statusId()).key());
        }
        if (a.priorityId() != after.priorityId()) {
            add(
                    "priority",
                    workflow.priority(a.priorityId()).key(),
                    workflow.priority(after.priorityId()).key());
        }
        compare("assignee", a.assigneeId(), after.assigneeId());
        compare("project", a.projectId(), after.projectId());
        compare("team", a.teamId(), after.teamId());
        compare("type", a.typeId(), after.typeId());
        compare("dueDate", a.dueDate(), after.dueDate());
        compare("resolution", a.resolution(), after.resolution());
    }

    void compare(String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            add(field, from == null ? null : from.toString(), to == null ? null : to.toString());
        }
    }

    void add(String field, String from, String to) {
        changes.add(new TicketChange(0, ticket.id(), actor.userId(), at, field, from, to));
    }
}
