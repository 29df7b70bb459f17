package io.polydesk.persistence.timeline;

import java.time.Instant;
import java.util.Collection;

/** The parameters of the timeline's statements; {@code afterAt} null reads from the start. */
public record TimelineQuery(
        Collection<Long> ticketIds, boolean staffView, Instant afterAt, int afterRank, long afterId, int perTicket) {

    static TimelineQuery fromStart(Collection<Long> ticketIds, boolean staffView, int perTicket) {
        return new TimelineQuery(ticketIds, staffView, null, 0, 0, perTicket);
    }
}
