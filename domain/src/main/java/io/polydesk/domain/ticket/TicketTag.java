package io.polydesk.domain.ticket;

import io.polydesk.domain.catalog.Tag;

/** A tag on one ticket, as batch reads return them. */
public record TicketTag(long ticketId, Tag tag) {}
