package io.polydesk.api.graphql.relation;

import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.user.User;

/** The payloads of the relation and merge mutations. */
public final class RelationPayloads {

    private RelationPayloads() {}

    /** Both tickets of a link or unlink, as they are afterwards. */
    public record TicketPairPayload(Ticket ticket, Ticket otherTicket) {}

    public record TicketPayload(Ticket ticket) {}

    public record MergeTicketsPayload(Ticket ticket, Ticket mergedTicket) {}

    public record MergeUsersPayload(User user) {}
}
