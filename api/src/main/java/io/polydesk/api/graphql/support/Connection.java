package io.polydesk.api.graphql.support;

import io.polydesk.domain.shared.CursorPage;
import java.util.List;
import java.util.function.Function;

/**
 * A Relay cursor connection as the schema's {@code *Connection} types declare it. The class name ends in
 * "Connection" so that Spring for GraphQL's connection adapter passes it through untouched.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

    public record Edge<T>(String cursor, T node) {}

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}

    /** The nodes of this page without their cursors, for clients that need no cursor per item. */
    public List<T> nodes() {
        return edges.stream().map(Edge::node).toList();
    }

    /** As {@link #of(CursorPage)}, with each node turned into the object the schema answers for it. */
    public static <T, R> Connection<R> of(CursorPage<T> page, Function<T, R> node) {
        List<Edge<R>> edges = page.edges().stream()
                .map(e -> new Edge<>(e.cursor(), node.apply(e.node())))
                .toList();
        return new Connection<>(
                edges,
                new PageInfo(page.hasNext(), page.hasPrevious(), page.startCursor(), page.endCursor()),
                page.totalCount());
    }

    public static <T> Connection<T> of(CursorPage<T> page) {
        List<Edge<T>> edges =
                page.edges().stream().map(e -> new Edge<>(e.cursor(), e.node())).toList();
        return new Connection<>(
                edges,
                new PageInfo(page.hasNext(), page.hasPrevious(), page.startCursor(), page.endCursor()),
                page.totalCount());
    }
}
