package io.polydesk.domain.asset;

import io.polydesk.domain.ticket.Ticket;

/** Both ends of a link between an asset and a ticket, as they are after the write. */
public record AssetTicketLink(Asset asset, Ticket ticket) {}
