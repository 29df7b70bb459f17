package io.polydesk.persistence.ticket;

import io.polydesk.domain.catalog.Tag;
import io.polydesk.domain.ticket.TicketTag;

/**
 * One ticket-tag pair read flat. A nested result map would group rows by the ticket id and keep one tag per
 * ticket, since a {@link TicketTag} has no id of its own.
 */
public record TicketTagRow(long ticketId, long tagId, String tagName) {

    public TicketTag toTicketTag() {
        return new TicketTag(ticketId, new Tag(tagId, tagName));
    }
}
