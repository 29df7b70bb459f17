package io.polydesk.domain.search;

import io.polydesk.domain.event.DomainEvent;
import io.polydesk.domain.event.EventFeed;
import io.polydesk.domain.event.EventLog;
import io.polydesk.domain.event.EventType;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Service;

/**
 * Keeps the {@link SearchIndex} in step with the database by following the durable event log, so every
 * instance of a cluster keeps its own index. An event only names a ticket: the ticket's text is read again from
 * the database, so applying an event twice or out of order is harmless. Rebuilds read the tickets in keyset
 * batches.
 */
@Service
public class SearchIndexer {

    static final int BATCH = 500;
    /** Events below the log's end when a rebuild starts may still be committing: they are replayed after it. */
    static final int REPLAY_MARGIN = 1000;

    static final Duration PATIENCE = Duration.ofSeconds(10);
    /** A durable commit syncs files to disk: once in a while is enough, the log replays what came after it. */
    static final Duration COMMIT_EVERY = Duration.ofSeconds(2);

    static final Duration LOCK_WAIT = Duration.ofSeconds(10);

    private final SearchIndex index;
    private final SearchDocumentSource source;
    private final EventLog log;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean ready;
    private volatile boolean rebuilding;
    private volatile boolean rebuildRequested;
    private boolean started;
    private EventFeed feed;
    private volatile long seen;
    private long committed;
    private Instant committedAt = Instant.EPOCH;

    public SearchIndexer(SearchIndex index, SearchDocumentSource source, EventLog log, Clock clock) {
        this.index = index;
        this.source = source;
        this.log = log;
        this.clock = clock;
    }

    /** Opens the index at start; one that is missing, unreadable or of another schema is rebuilt. */
    public void start() {
        if (!index.enabled()) {
            return;
        }
        lock.lock();
        try {
            openOrRebuild();
        } finally {
            lock.unlock();
        }
    }

    public boolean ready() {
        return ready;
    }

    /** One round of following the log (and a rebuild when one was asked for); called by a poller. */
    public void catchUp() {
        if (!index.enabled() || !lock.tryLock()) {
            return;
        }
        try {
            if (!started) {
                openOrRebuild();
            }
            if (rebuildRequested) {
                rebuildRequested = false;
                rebuildNow();
            }
            if (!ready) {
                return;
            }
            List<DomainEvent> events = feed.poll();
            apply(events);
            seen = Math.max(seen, feed.position());
            if (feed.position() > committed && !clock.instant().isBefore(committedAt.plus(COMMIT_EVERY))) {
                index.commit(feed.position());
                committed = feed.position();
                committedAt = clock.instant();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Applies every committed event this instance has not seen yet before a search reads the index, so a writer
     * finds what it just wrote. Waits at most {@link #LOCK_WAIT} for a running round; a search then reads what is there.
     */
    public void awaitCurrent() {
        if (!ready || log.lastId() <= seen) {
            return;
        }
        try {
            if (!lock.tryLock(LOCK_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            List<DomainEvent> events = log.readAfter(seen, BATCH);
            while (!events.isEmpty()) {
                apply(events);
                seen = events.get(events.size() - 1).id();
                events = events.size() < BATCH ? List.of() : log.readAfter(seen, BATCH);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Asks for a rebuild from the database; the poller runs it, searches use the database meanwhile. */
    public SearchIndexStatus requestRebuild(Actor actor) {
        Actor.requireAdmin(actor);
        if (!index.enabled()) {
            throw DomainException.conflict("the search engine is the database: there is no index to rebuild");
        }
        rebuildRequested = true;
        rebuilding = true;
        return status(actor);
    }

    public SearchIndexStatus status(Actor actor) {
        Actor.requireAdmin(actor);
        return new SearchIndexStatus(
                index.enabled() ? "lucene" : "database",
                ready,
                rebuilding || rebuildRequested,
                index.enabled() && ready ? index.documentCount() : 0,
                seen);
    }

    private void openOrRebuild() {
        OptionalLong position = index.open();
        if (position.isPresent()) {
            follow(position.getAsLong());
            ready = true;
            started = true;
        } else {
            rebuildNow();
        }
    }

    /** A rebuild that fails leaves the index to be opened again: at its last commit, the one before the rebuild. */
    private void rebuildNow() {
        rebuilding = true;
        ready = false;
        try {
            long from = Math.max(0, log.lastId() - REPLAY_MARGIN);
            index.clear();
            long after = 0;
            List<SearchDocument> batch = source.findAfter(after, BATCH);
            while (!batch.isEmpty()) {
                index.write(batch, List.of());
                after = batch.get(batch.size() - 1).ticketId();
                batch = batch.size() < BATCH ? List.of() : source.findAfter(after, BATCH);
            }
            index.commit(from);
            follow(from);
            ready = true;
            started = true;
        } catch (RuntimeException e) {
            started = false;
            throw e;
        } finally {
            rebuilding = false;
        }
    }

    private void follow(long position) {
        feed = new EventFeed(log, position, PATIENCE, BATCH, clock);
        seen = position;
        committed = position;
    }

    private void apply(List<DomainEvent> events) {
        Set<Long> ticketIds = new LinkedHashSet<>();
        for (DomainEvent event : events) {
            if (event.ticketId() != null) {
                ticketIds.add(event.ticketId());
            }
            if (event.type() == EventType.TICKET_MERGED && event.objectId() != null) {
                ticketIds.add(event.objectId());
            }
        }
        if (ticketIds.isEmpty()) {
            return;
        }
        List<SearchDocument> documents = source.findByTicketIds(ticketIds);
        Set<Long> removed = new HashSet<>(ticketIds);
        documents.forEach(d -> removed.remove(d.ticketId()));
        index.write(documents, removed);
    }
}
