package io.polydesk.api.events;

import io.polydesk.domain.attachment.AttachmentAdded;
import io.polydesk.domain.comment.CommentDeleting;
import io.polydesk.domain.comment.CommentEdited;
import io.polydesk.domain.event.DomainEvent;
import io.polydesk.domain.event.EventFeed;
import io.polydesk.domain.event.EventLog;
import io.polydesk.domain.event.EventVisibility;
import io.polydesk.domain.event.EventVisibility.Audience;
import io.polydesk.domain.event.TicketEventFilter;
import io.polydesk.domain.merge.TicketsMerged;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.TicketEvent;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Follows the event log on this instance and hands each subscriber the events it may see. The log is the only
 * source, read every {@code poll-interval} and at once after a local commit, so every instance sees every
 * event without a broker. A subscriber that resumes from an id first replays the log up to where the live
 * feed stands, then goes on live; a subscriber with too many events waiting is cut off.
 */
@Component
public class EventBroadcaster implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventBroadcaster.class);

    private final EventLog events;
    private final EventVisibility visibility;
    private final EventsProperties properties;
    private final Clock clock;
    private final List<LiveSubscriber> subscribers = new CopyOnWriteArrayList<>();
    private final Semaphore wakeUp = new Semaphore(0);
    private final Object feedLock = new Object();
    private EventFeed feed;
    private volatile Thread poller;

    public EventBroadcaster(EventLog events, EventVisibility visibility, EventsProperties properties, Clock clock) {
        this.events = events;
        this.visibility = visibility;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The ticket events {@code actor} may see and asked for: those after {@code afterId} from the log when it
     * is given, then live ones. {@code closeConnection} runs when the subscriber falls too far behind and answers
     * whether it closed the subscriber's connection.
     */
    public Flux<DomainEvent> subscribe(
            Actor actor, TicketEventFilter filter, Long afterId, BooleanSupplier closeConnection) {
        return Flux.defer(() -> {
            LiveSubscriber live = new LiveSubscriber(
                    actor, filter, afterId == null ? 0 : afterId, properties.subscriberBuffer(), closeConnection);
            long watermark;
            synchronized (feedLock) {
                watermark = feedPosition();
                subscribers.add(live);
            }
            Flux<DomainEvent> replay = afterId == null || afterId >= watermark
                    ? Flux.empty()
                    : replay(actor, filter, afterId, watermark).subscribeOn(Schedulers.boundedElastic());
            return replay.concatWith(live.events()).doFinally(signal -> subscribers.remove(live));
        });
    }

    /** The log's events in {@code (afterId, upTo]}, page by page as the subscriber asks for them. */
    private Flux<DomainEvent> replay(Actor actor, TicketEventFilter filter, long afterId, long upTo) {
        return Flux.defer(() -> {
            List<DomainEvent> page = events.readAfter(afterId, properties.pageSize()).stream()
                    .filter(e -> e.id() <= upTo)
                    .toList();
            if (page.isEmpty()) {
                return Flux.empty();
            }
            long last = page.get(page.size() - 1).id();
            Flux<DomainEvent> visible = Flux.fromIterable(visibility.of(page).visibleTo(actor, filter));
            return last >= upTo ? visible : visible.concatWith(replay(actor, filter, last, upTo));
        });
    }

    /** Reads the log now rather than at the next tick, once a local change has committed. */
    @TransactionalEventListener(
            classes = {
                TicketEvent.class,
                TicketsMerged.class,
                CommentEdited.class,
                CommentDeleting.class,
                AttachmentAdded.class
            },
            fallbackExecution = true)
    public void wakeUp() {
        wakeUp.release();
    }

    /** Open subscriptions on this instance. */
    public int subscriberCount() {
        return subscribers.size();
    }

    /** Where the live feed stands: events at or below it reach subscribers only by replay. */
    public long position() {
        synchronized (feedLock) {
            return feedPosition();
        }
    }

    private long feedPosition() {
        if (feed == null) {
            feed = new EventFeed(events, events.lastId(), properties.gapPatience(), properties.pageSize(), clock);
        }
        return feed.position();
    }

    /** One round: the next events in order, to every subscriber that may see them. */
    void pollOnce() {
        synchronized (feedLock) {
            long before = feedPosition();
            List<DomainEvent> next = feed.poll();
            if (next.isEmpty() || subscribers.isEmpty()) {
                return;
            }
            Audience audience;
            try {
                audience = visibility.of(next);
            } catch (RuntimeException e) {
                // Who may see them is read from the database; while it is away, the events wait rather than vanish.
                feed.rewindTo(before);
                throw e;
            }
            for (LiveSubscriber subscriber : subscribers) {
                subscriber.offer(audience);
            }
        }
    }

    private void run() {
        while (poller == Thread.currentThread()) {
            try {
                wakeUp.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                pollOnce();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database may be away for a while; the feed resumes where it stood.
                log.warn("Reading the event log failed; retrying", e);
                sleepAfterFailure();
            }
        }
    }

    private void sleepAfterFailure() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::run, "polydesk-events");
        thread.setDaemon(true);
        poller = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = poller;
        poller = null;
        if (thread != null) {
            thread.interrupt();
        }
        subscribers.forEach(LiveSubscriber::complete);
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }
}
