package io.polydesk.persistence.support;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One row of a {@code GROUP BY} count: the grouping id and how many rows it has. */
public record IdCount(long id, long count) {

    /** Counts keyed by id, with zero for every requested id the query found nothing for. */
    public static Map<Long, Long> toMap(Collection<Long> requested, List<IdCount> rows) {
        Map<Long, Long> counts = new HashMap<>();
        requested.forEach(id -> counts.put(id, 0L));
        rows.forEach(row -> counts.put(row.id(), row.count()));
        return counts;
    }
}
