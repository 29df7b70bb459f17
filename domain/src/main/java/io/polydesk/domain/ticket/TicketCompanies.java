package io.polydesk.domain.ticket;

/**
 * The company a ticket is filed under. Companies belong to the organisation feature; a ticket only points at
 * one, so the ticket code reaches them through this port and knows nothing else of organisations.
 */
public interface TicketCompanies {

    /** The ticket's company id, null when it has none. */
    Long companyOf(long ticketId);

    /** Whether the company exists and is not archived. */
    boolean isLive(long companyId);

    /** Points the ticket at the company, or at none when {@code companyId} is null. */
    void setCompany(long ticketId, Long companyId);
}
