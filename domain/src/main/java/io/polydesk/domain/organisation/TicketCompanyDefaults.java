package io.polydesk.domain.organisation;

import io.polydesk.domain.ticket.TicketEvent.TicketCreated;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Files a new ticket under its requester's company. It listens to {@link TicketCreated}, which is published
 * inside the creating transaction, so the ticket and its company are written together and the ticket code
 * needs to know nothing of organisations.
 */
@Component
public class TicketCompanyDefaults {

    private final OrganisationRepository organisations;

    public TicketCompanyDefaults(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /** Before the listeners that read the ticket's company (the SLA clocks choose their policy by it). */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void onTicketCreated(TicketCreated event) {
        organisations.assignTicketCompanyFromRequester(event.ticketId());
    }
}
