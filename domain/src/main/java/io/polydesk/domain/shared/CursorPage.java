package io.polydesk.domain.shared;

import java.util.List;

/** One window of a keyset listing: each item with the opaque cursor that resumes after it. */
public record CursorPage<T>(List<Edge<T>> edges, boolean hasNext, boolean hasPrevious, long totalCount) {

    public record Edge<T>(String cursor, T node) {}

    public String startCursor() {
        return edges.isEmpty() ? null : edges.get(0).cursor();
    }

    public String endCursor() {
        return edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
    }
}
