package io.polydesk.api.graphql.search;

import io.polydesk.api.graphql.support.Connection.PageInfo;
import io.polydesk.domain.search.TicketHit;
import io.polydesk.domain.shared.CursorPage;
import io.polydesk.domain.ticket.Ticket;
import java.util.List;

/**
 * The schema's {@code TicketSearchConnection}: a Relay connection whose edges also carry the relevance score.
 * The name ends in "Connection" so that Spring for GraphQL's connection adapter passes it through untouched.
 */
record TicketSearchConnection(List<Edge> edges, PageInfo pageInfo, long totalCount) {

    record Edge(String cursor, Ticket node, double score) {}

    /** The tickets of this page, best first, without cursors or scores. */
    public List<Ticket> nodes() {
        return edges.stream().map(Edge::node).toList();
    }

    static TicketSearchConnection of(CursorPage<TicketHit> page) {
        List<Edge> edges = page.edges().stream()
                .map(e -> new Edge(e.cursor(), e.node().ticket(), e.node().score()))
                .toList();
        return new TicketSearchConnection(
                edges,
                new PageInfo(page.hasNext(), page.hasPrevious(), page.startCursor(), page.endCursor()),
                page.totalCount());
    }
}
