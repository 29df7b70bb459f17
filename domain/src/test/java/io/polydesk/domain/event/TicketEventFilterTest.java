package io.polydesk.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.ticket.Ticket;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketEventFilterTest {

    private static final Ticket TICKET =
            Ticket.builder().id(7).requesterId(2).assigneeId(5L).projectId(3L).build();
    private static final DomainEvent CREATED =
            DomainEvent.of(EventType.TICKET_CREATED, Instant.EPOCH, 2L).withTicket(7L, 3L);

    @Test
    void everyCriterionMustHold() {
        assertThat(TicketEventFilter.all().matches(CREATED, TICKET)).isTrue();
        assertThat(new TicketEventFilter(7L, 3L, 5L, Set.of(EventType.TICKET_CREATED)).matches(CREATED, TICKET))
                .isTrue();
        assertThat(new TicketEventFilter(8L, null, null, null).matches(CREATED, TICKET))
                .isFalse();
        assertThat(new TicketEventFilter(null, 4L, null, null).matches(CREATED, TICKET))
                .isFalse();
        assertThat(new TicketEventFilter(null, null, 6L, null).matches(CREATED, TICKET))
                .isFalse();
        assertThat(new TicketEventFilter(null, null, null, Set.of(EventType.COMMENT_ADDED)).matches(CREATED, TICKET))
                .isFalse();
    }

    @Test
    void anEmptyTypeListMeansEveryType() {
        assertThat(new TicketEventFilter(null, null, null, Set.of()).matches(CREATED, TICKET))
                .isTrue();
    }

    @Test
    void eventsAboutNoTicketNeverMatch() {
        DomainEvent user = DomainEvent.of(EventType.USER_CREATED, Instant.EPOCH, 1L);

        assertThat(TicketEventFilter.all().matches(user, TICKET)).isFalse();
    }
}
