package io.polydesk.domain.shared;

import java.util.List;

/** One page of an offset listing and how many rows the whole listing has. */
public record Page<T>(List<T> items, long total, OffsetPage request) {

    public boolean hasNext() {
        return request.offset() + items.size() < total;
    }

    public boolean hasPrevious() {
        return request.page() > 1;
    }
}
