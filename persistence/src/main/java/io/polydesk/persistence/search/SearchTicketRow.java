package io.polydesk.persistence.search;

/** The searchable columns of one live ticket. */
public record SearchTicketRow(long id, long requesterId, String number, String title, String description) {}
