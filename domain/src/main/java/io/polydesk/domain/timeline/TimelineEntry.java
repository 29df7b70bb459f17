package io.polydesk.domain.timeline;

import java.time.Instant;

/** Where one item sits in a ticket's timeline: its source row and instant, in the order (at, source, id). */
public record TimelineEntry(long ticketId, TimelineSource source, long id, Instant at) {

    public TimelinePosition position() {
        return new TimelinePosition(at, source.rank(), id);
    }
}
