package io.polydesk.domain.ticket;

import io.polydesk.domain.shared.Actor;

/** Who may see and change which ticket; pure rules, no lookups. */
public final class TicketPolicy {

    private TicketPolicy() {}

    /** Staff see every live ticket; a customer only the ones they requested. */
    public static boolean canView(Actor actor, Ticket ticket) {
        return !ticket.archived() && (actor.isStaff() || ticket.requesterId() == actor.userId());
    }

    /**
     * A ticket of the caller's own, as end-user portals ("my tickets") show them: one the caller requested and can
     * see. For a customer these are all the tickets they see; staff see every ticket, but only those they filed are
     * their own.
     */
    public static boolean isOwn(Actor actor, Ticket ticket) {
        return canView(actor, ticket) && ticket.requesterId() == actor.userId();
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

    /** Assigning, like every workflow field, is for agents and administrators. */
    public static boolean canAssign(Actor actor) {
        return actor.isStaff();
    }

    /** Whoever sees a ticket may answer on it; only staff write internal comments ({@link #canSeeInternal}). */
    public static boolean canComment(Actor actor, Ticket ticket) {
        return canView(actor, ticket);
    }

    /** What {@code actor} may do with a ticket they can see, as the services enforce it, for a UI to show. */
    public static TicketPermissions permissions(Actor actor, Ticket ticket) {
        boolean visible = canView(actor, ticket);
        return new TicketPermissions(
                visible,
                visible && canComment(actor, ticket),
                visible && canAssign(actor),
                visible && canArchive(actor));
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
