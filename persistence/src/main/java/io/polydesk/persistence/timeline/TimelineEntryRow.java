package io.polydesk.persistence.timeline;

import io.polydesk.domain.timeline.TimelineEntry;
import io.polydesk.domain.timeline.TimelineSource;
import java.time.Instant;

/** One row of the timeline's UNION: the source as its rank, so that no string literal's type differs by dialect. */
public record TimelineEntryRow(long ticketId, int rank, long id, Instant at) {

    TimelineEntry toEntry() {
        return new TimelineEntry(ticketId, TimelineSource.ofRank(rank), id, at);
    }
}
