package io.polydesk.domain.ticket;

import io.polydesk.domain.shared.Actor;

/** Who may see and change which ticket; pure rules, no lookups. */
public final class TicketPolicy {

    private TicketPolicy() {}

    /** Staff see every live ticket; a customer only the ones they requested. */
    public static boolean canView(Actor actor, Ticket ticket) {
        return !ticket.archived() && (actor.isStaff() || ticket.requesterId() == actor.userId());
    }

    /** Who hears that a ticket was deleted: whoever could see it before it was archived. */
    public static boolean canHearOfDeletion(Actor actor, Ticket ticket) {
        return actor.isStaff() || ticket.requesterId() == actor.userId();
    }

    public static boolean canSeeInternal(Actor actor) {
        return actor.isStaff();
    }

    public static boolean canArchive(Actor actor) {
        return actor.isStaff();
    }

    /** Customers may change only the title, description and custom fields of their tickets. */
    public static boolean canUpdate(Actor actor, UpdateTicket u) {
        return actor.isStaff() || !touchesStaffFields(u);
    }

    private static boolean touchesStaffFields(UpdateTicket u) {
        return u.priority().isPresent()
                || u.status().isPresent()
                || u.assigneeId().isPresent()
                || u.projectId().isPresent()
                || u.teamId().isPresent()
                || u.typeId().isPresent()
                || u.tags().isPresent()
                || u.dueDate().isPresent()
                || u.resolution().isPresent()
                || u.companyId().isPresent();
    }
}
