package io.polydesk.api.graphql.relation;

import io.polydesk.domain.relation.LinkKind;

/** The relation and merge mutations' inputs as the schema declares them. */
final class RelationInputs {

    private RelationInputs() {}

    record LinkTicketsInput(String ticketId, String otherTicketId, LinkKind kind) {}

    record UnlinkTicketsInput(String ticketId, String otherTicketId) {}

    record SetParentTicketInput(String ticketId, String parentId) {}

    record RemoveParentTicketInput(String ticketId) {}

    record MergeInput(String sourceId, String targetId) {}
}
