package io.polydesk.api.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.polydesk.domain.event.DomainEvent;
import io.polydesk.domain.event.EventType;
import io.polydesk.domain.event.EventVisibility;
import io.polydesk.domain.event.TicketEventFilter;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketRepository;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;

/** A subscriber that does not take its events is cut off once its buffer is full, and costs no more. */
class LiveSubscriberTest {

    private static final Actor AGENT = new Actor(9, "alice", Role.AGENT);

    private final TicketRepository tickets = mock(TicketRepository.class);
    private final EventVisibility visibility = new EventVisibility(tickets);

    private EventVisibility.Audience events(long from, long to) {
        when(tickets.findByIds(any()))
                .thenReturn(List.of(Ticket.builder().id(1).requesterId(2).build()));
        return visibility.of(LongStream.rangeClosed(from, to)
                .mapToObj(id -> DomainEvent.of(EventType.TICKET_UPDATED, Instant.EPOCH, 9L)
                        .withTicket(1L, null)
                        .withId(id))
                .toList());
    }

    @Test
    void aSubscriberThatTakesNothingIsEndedWhenItsBufferIsFull() throws InterruptedException {
        CountDownLatch overflowed = new CountDownLatch(1);
        LiveSubscriber live = new LiveSubscriber(AGENT, TicketEventFilter.all(), 0, 8, overflowed::countDown);
        AtomicReference<Throwable> error = new AtomicReference<>();
        live.events().subscribe(new BaseSubscriber<DomainEvent>() {
            @Override
            protected void hookOnSubscribe(Subscription subscription) {
                // takes nothing
            }

            @Override
            protected void hookOnError(Throwable throwable) {
                error.set(throwable);
            }
        });

        live.offer(events(1, 100));

        assertThat(overflowed.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(error.get()).isInstanceOf(SubscriberTooSlowException.class);
    }

    @Test
    void aSubscriberThatKeepsUpGetsEveryEventAfterItsStart() {
        LiveSubscriber live = new LiveSubscriber(AGENT, TicketEventFilter.all(), 3, 8, () -> {
            throw new AssertionError("not too slow");
        });
        List<Long> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        live.events().subscribe(e -> received.add(e.id()));

        live.offer(events(1, 6));
        live.complete();

        org.awaitility.Awaitility.await()
                .untilAsserted(() -> assertThat(received).containsExactly(4L, 5L, 6L));
    }
}
