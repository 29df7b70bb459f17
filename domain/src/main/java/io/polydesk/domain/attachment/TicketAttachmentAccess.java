package io.polydesk.domain.attachment;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.TicketAccess;
import io.polydesk.domain.ticket.TicketPolicy;
import io.polydesk.domain.ticket.TicketRepository;
import org.springframework.stereotype.Component;

/** Files on a ticket: whoever can see the ticket may attach to it and see them (customers their own tickets). */
@Component
class TicketAttachmentAccess implements AttachmentOwnerAccess {

    private final TicketAccess access;
    private final TicketRepository tickets;

    TicketAttachmentAccess(TicketAccess access, TicketRepository tickets) {
        this.access = access;
        this.tickets = tickets;
    }

    @Override
    public OwnerKind kind() {
        return OwnerKind.TICKET;
    }

    @Override
    public Long requireChangeable(Actor actor, long ticketId) {
        return access.visible(actor, ticketId).id();
    }

    @Override
    public boolean canView(Actor actor, Attachment attachment) {
        return tickets.findById(attachment.ownerId())
                .filter(t -> TicketPolicy.canView(actor, t))
                .isPresent();
    }
}
