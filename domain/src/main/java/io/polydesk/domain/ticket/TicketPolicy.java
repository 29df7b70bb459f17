package io.polydesk.domain.ticket;

import io.polydesk.domain.shared.Actor;

/** Who may see and change which ticket; pure rules, no lookups. */
public final class TicketPolicy {

    private TicketPolicy() {}

    /** Staff see every live ticket; a customer only the ones they requested. */
    public static boolean canView(Actor actor, Ticket ticket) {
        return !ticket.archived() && (actor.isStaff() || ticket.requesterId() == actor.userId());
    }

    public static boolean canSeeInternal(Actor actor) {
        return actor.isStaff();
    }

    public static boolean canArchive(Actor actor) {
        return actor.isStaff();
    }
}
