package io.polydesk.api.events;

import io.polydesk.domain.event.DomainEvent;
import io.polydesk.domain.event.EventVisibility.Audience;
import io.polydesk.domain.event.TicketEventFilter;
import io.polydesk.domain.shared.Actor;
import java.util.function.BooleanSupplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.publisher.Sinks.EmitResult;
import reactor.core.scheduler.Schedulers;
import reactor.util.concurrent.Queues;

/**
 * One subscriber's live events, waiting in a bounded buffer until the client takes them. The poller is its only
 * producer; when the buffer is full the subscriber is cut off, so a slow client costs at most its buffer: its
 * connection is closed when it has one ({@code closeConnection} answers whether it did), otherwise the events
 * end with {@link SubscriberTooSlowException}.
 */
final class LiveSubscriber {

    /** Events handed downstream at once; what waits beyond this stays in the bounded buffer. */
    private static final int PREFETCH = 16;

    private final Actor actor;
    private final TicketEventFilter filter;
    private final long afterId;
    private final int buffer;
    private final BooleanSupplier closeConnection;
    private final Sinks.Many<DomainEvent> sink;
    private volatile boolean ended;

    LiveSubscriber(Actor actor, TicketEventFilter filter, long afterId, int buffer, BooleanSupplier closeConnection) {
        this.actor = actor;
        this.filter = filter;
        this.afterId = afterId;
        this.buffer = buffer;
        this.closeConnection = closeConnection;
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
                // Closing a connection may wait on the client; the poller must not.
                Schedulers.boundedElastic().schedule(this::cutOff);
                return;
            }
            if (result.isFailure()) {
                ended = true;
                return;
            }
        }
    }

    /**
     * A closed connection cancels the subscription itself; a signal sent after that would reach a handler that
     * is gone, so the error is only for subscribers without one.
     */
    private void cutOff() {
        if (!closeConnection.getAsBoolean()) {
            sink.tryEmitError(new SubscriberTooSlowException(buffer));
        }
    }

    void complete() {
        ended = true;
        sink.tryEmitComplete();
    }
}
