package io.polydesk.domain.ticket;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a ticket, as the dialects' close calls ask: staff only, through the workflow's rules. A ticket already
 * closed, or final as a duplicate, stays as it is, so closing twice is harmless; a resolved one moves on to closed.
 */
@Service
public class TicketClosing {

    private final TicketAccess access;
    private final TicketUpdates updates;
    private final Workflow workflow;

    public TicketClosing(TicketAccess access, TicketUpdates updates, Workflow workflow) {
        this.access = access;
        this.updates = updates;
        this.workflow = workflow;
    }

    @Transactional
    public Ticket close(Actor actor, long ticketId) {
        Actor.requireStaff(actor);
        Ticket current = access.visible(actor, ticketId);
        if (isFinal(workflow.status(current.statusId()))) {
            return current;
        }
        return updates.changeStatus(actor, ticketId, Workflow.CLOSED, null, null);
    }

    static boolean isFinal(Status status) {
        return status.key().equals(Workflow.CLOSED) || status.key().equals(Workflow.DUPLICATE);
    }
}
