package io.polydesk.domain.shared;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One window of a keyset listing: each item with the opaque cursor that resumes after it. */
public record CursorPage<T>(List<Edge<T>> edges, boolean hasNext, boolean hasPrevious, long totalCount) {

    public record Edge<T>(String cursor, T node) {}

    /** A window of at most {@code limit} of {@code rows}, read one past the limit to tell whether more follow. */
    public static <R, T> CursorPage<T> of(
            List<R> rows, int limit, boolean hasPrevious, long total, Function<R, Edge<T>> edge) {
        List<Edge<T>> edges =
                rows.subList(0, Math.min(limit, rows.size())).stream().map(edge).toList();
        return new CursorPage<>(edges, rows.size() > limit, hasPrevious, total);
    }

    /**
     * The first window under each of many parents, from rows read for all of them at once (each parent's read one
     * past the limit); a parent without rows gets an empty window.
     */
    public static <R, T> Map<Long, CursorPage<T>> firstOfEach(
            Collection<Long> parentIds,
            Map<Long, List<R>> rowsByParent,
            int limit,
            Map<Long, Long> totals,
            Function<Long, Function<R, Edge<T>>> edgeOf) {
        Map<Long, CursorPage<T>> windows = new HashMap<>();
        for (long parentId : parentIds) {
            windows.put(
                    parentId,
                    of(
                            rowsByParent.getOrDefault(parentId, List.of()),
                            limit,
                            false,
                            totals.getOrDefault(parentId, 0L),
                            edgeOf.apply(parentId)));
        }
        return windows;
    }

    public String startCursor() {
        return edges.isEmpty() ? null : edges.get(0).cursor();
    }

    public String endCursor() {
        return edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
    }
}
