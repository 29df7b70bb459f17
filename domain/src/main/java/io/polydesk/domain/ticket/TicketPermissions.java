package io.polydesk.domain.ticket;

/**
 * What a caller may do with one ticket: change it (a customer only its title, description and custom fields),
 * comment on it, assign it, delete it. Computed by {@link TicketPolicy}, the rules the services enforce.
 */
public record TicketPermissions(boolean update, boolean comment, boolean assign, boolean delete) {}
