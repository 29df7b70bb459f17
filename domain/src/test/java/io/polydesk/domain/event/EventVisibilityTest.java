package io.polydesk.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketRepository;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventVisibilityTest {

    private static final Actor CUSTOMER = new Actor(2, "carol", Role.CUSTOMER);
    private static final Actor AGENT = new Actor(9, "alice", Role.AGENT);
    private static final Ticket OWN = Ticket.builder().id(1).requesterId(2).build();
    private static final Ticket OTHERS = Ticket.builder().id(2).requesterId(3).build();
    private static final Ticket OWN_DELETED =
            Ticket.builder().id(3).requesterId(2).archived(true).build();

    private final TicketRepository tickets = mock(TicketRepository.class);
    private final EventVisibility visibility = new EventVisibility(tickets);

    private static DomainEvent on(Ticket ticket, EventType type) {
        return DomainEvent.of(type, Instant.EPOCH, 9L).withTicket(ticket.id(), null);
    }

    private List<DomainEvent> heard(Actor actor, DomainEvent... events) {
        when(tickets.findByIds(any())).thenReturn(List.of(OWN, OTHERS, OWN_DELETED));
        return visibility.of(List.of(events)).visibleTo(actor, TicketEventFilter.all());
    }

    @Test
    void customerHearsOnlyOfTheirOwnTicketsAndNothingInternal() {
        DomainEvent own = on(OWN, EventType.COMMENT_ADDED).withObject(5L);
        DomainEvent internal = on(OWN, EventType.COMMENT_ADDED).withObject(6L).withInternal(true);
        DomainEvent others = on(OTHERS, EventType.TICKET_CREATED);

        assertThat(heard(CUSTOMER, own, internal, others)).containsExactly(own);
        assertThat(heard(AGENT, own, internal, others)).containsExactly(own, internal, others);
    }

    @Test
    void aDeletionReachesWhoeverCouldSeeTheTicketButLaterEventsOnItDoNot() {
        DomainEvent deleted = on(OWN_DELETED, EventType.TICKET_DELETED);
        DomainEvent updated = on(OWN_DELETED, EventType.TICKET_UPDATED);

        assertThat(heard(CUSTOMER, deleted, updated)).containsExactly(deleted);
        assertThat(heard(new Actor(4, "dan", Role.CUSTOMER), deleted)).isEmpty();
    }

    @Test
    void aMergeNamesTheMergedTicketOnlyToThoseWhoMaySeeIt() {
        DomainEvent merged = on(OWN, EventType.TICKET_MERGED).withObject(OTHERS.id());

        assertThat(heard(CUSTOMER, merged))
                .singleElement()
                .satisfies(e -> assertThat(e.objectId()).isNull());
        assertThat(heard(AGENT, merged))
                .singleElement()
                .satisfies(e -> assertThat(e.objectId()).isEqualTo(OTHERS.id()));
    }

    @Test
    void eventsWithoutATicketAreNoTicketEvents() {
        DomainEvent user =
                DomainEvent.of(EventType.USER_CREATED, Instant.EPOCH, 1L).withObject(4L);

        assertThat(heard(AGENT, user)).isEmpty();
    }
}
