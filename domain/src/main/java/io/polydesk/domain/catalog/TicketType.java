package io.polydesk.domain.catalog;

/** A kind of ticket (incident, question, bug ...). */
public record TicketType(long id, String name) {}
