package io.polydesk.domain.organisation;

/** The company a ticket was filed for. */
public record TicketCompany(long ticketId, long companyId) {}
