package io.polydesk.domain.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@link EventLog} in id order without skipping events that commit late. An id missing below a
 * readable event is waited for: events after it are held back until it appears, or until the event after it
 * has been readable for {@code patience} (its transaction rolled back, or the database skipped the id). So
 * {@link #position()} is a true watermark: every event at or below it was handed out or given up for good.
 * One reader at a time; not thread-safe.
 */
public final class EventFeed {

    private final EventLog log;
    private final Clock clock;
    private final Duration patience;
    private final int pageSize;
    private final Map<Long, Instant> firstSeen = new HashMap<>();
    private long position;

    public EventFeed(EventLog log, long afterId, Duration patience, int pageSize, Clock clock) {
        this.log = log;
        this.position = afterId;
        this.patience = patience;
        this.pageSize = pageSize;
        this.clock = clock;
    }

    /** The next events in order, possibly none; call again for more. */
    public List<DomainEvent> poll() {
        Instant now = clock.instant();
        List<DomainEvent> ready = new ArrayList<>();
        for (DomainEvent event : log.readAfter(position, pageSize)) {
            Instant seen = firstSeen.computeIfAbsent(event.id(), id -> now);
            boolean next = event.id() == position + 1;
            if (!next && Duration.between(seen, now).compareTo(patience) < 0) {
                break;
            }
            ready.add(event);
            position = event.id();
        }
        firstSeen.keySet().removeIf(id -> id <= position);
        return ready;
    }

    public long position() {
        return position;
    }

    /**
     * Goes back to {@code earlier}, a position this feed stood at, so the events handed out since are handed out
     * again: for a reader that could not pass them on.
     */
    public void rewindTo(long earlier) {
        if (earlier > position) {
            throw new IllegalArgumentException("Cannot rewind forward, from " + position + " to " + earlier);
        }
        position = earlier;
    }
}
