package io.polydesk.api.events;

import io.polydesk.domain.event.DomainEvent;
import io.polydesk.domain.event.EventVisibility.Audience;
import io.polydesk.domain.event.TicketEventFilter;
import io.polydesk.domain.shared.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.publisher.Sinks.EmitResult;
import reactor.core.scheduler.Schedulers;
import reactor.util.concurrent.Queues;

/**
 * One subscriber's live events, waiting in a bounded buffer until the client takes them. The poller is its only
 * producer; when the buffer is full the subscriber is ended with {@link SubscriberTooSlowException}, so a slow
 * client costs at most its buffer.
 */
final class LiveSubscriber {

    /** Events handed downstream at once; what waits beyond this stays in the bounded buffer. */
    private static final int PREFETCH = 16;

    private final Actor actor;
    private final TicketEventFilter filter;
    private final long afterId;
    private final int buffer;
    private final Runnable onOverflow;
    private final Sinks.Many<DomainEvent> sink;
    private volatile boolean ended;

    LiveSubscriber(Actor actor, TicketEventFilter filter, long afterId, int buffer, Runnable onOverflow) {
        this.actor = actor;
        this.filter = filter;
        this.afterId = afterId;
        this.buffer = buffer;
        this.onOverflow = onOverflow;
        this.sink = Sinks.many()
                .unicast()
                .onBackpressureBuffer(Queues.<DomainEvent>get(buffer).get());
    }

    Flux<DomainEvent> events() {
        // Errors overtake waiting events: a subscriber cut off for being slow learns it at once.
        return sink.asFlux().publishOn(Schedulers.boundedElastic(), false, PREFETCH);
    }

    void offer(Audience audience) {
        if (ended) {
            return;
        }
        for (DomainEvent event : audience.visibleTo(actor, filter)) {
            if (event.id() <= afterId) {
                continue;
            }
            EmitResult result = sink.tryEmitNext(event);
            if (result == EmitResult.FAIL_OVERFLOW) {
                ended = true;
                sink.tryEmitError(new SubscriberTooSlowException(buffer));
                // Closing a connection may wait on the client; the poller must not.
                Schedulers.boundedElastic().schedule(onOverflow);
                return;
            }
            if (result.isFailure()) {
                ended = true;
                return;
            }
        }
    }

    void complete() {
        ended = true;
        sink.tryEmitComplete();
    }
}
