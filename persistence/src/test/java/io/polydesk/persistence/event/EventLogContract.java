package io.polydesk.persistence.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.event.DomainEvent;
import io.polydesk.domain.event.EventLog;
import io.polydesk.domain.event.EventType;
import io.polydesk.persistence.RepositoryTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

abstract class EventLogContract extends RepositoryTest {

    @Autowired
    EventLog log;

    long before;

    @BeforeEach
    void rememberWhereTheLogWas() {
        before = log.lastId();
    }

    private long append(EventType type, Long ticketId) {
        return log.append(DomainEvent.of(type, T0, 7L).withTicket(ticketId, 3L));
    }

    @Test
    void appendedEventReadsBackWithEveryField() {
        DomainEvent event = DomainEvent.of(EventType.COMMENT_ADDED, T0.plusMillis(5), 11L)
                .withTicket(42L, 5L)
                .withObject(99L)
                .withInternal(true)
                .withPayload(Map.of("fields", List.of("title", "status"), "to", "open", "count", 2));

        long id = log.append(event);

        assertThat(id).isGreaterThan(before);
        assertThat(log.readIds(List.of(id))).singleElement().isEqualTo(event.withId(id));
        assertThat(log.lastId()).isEqualTo(id);
    }

    @Test
    void eventAboutNoTicketKeepsItsNullsAndAnEmptyPayload() {
        DomainEvent event = DomainEvent.of(EventType.USER_CREATED, T0, null).withObject(8L);

        long id = log.append(event);

        assertThat(log.readIds(List.of(id))).containsExactly(event.withId(id));
    }

    @Test
    void readAfterPagesInIdOrder() {
        long first = append(EventType.TICKET_CREATED, 1L);
        long second = append(EventType.TICKET_UPDATED, 1L);
        long third = append(EventType.TICKET_DELETED, 2L);

        assertThat(log.readAfter(before, 2)).extracting(DomainEvent::id).containsExactly(first, second);
        assertThat(log.readAfter(second, 10)).extracting(DomainEvent::id).containsExactly(third);
        assertThat(log.readAfter(third, 10)).isEmpty();
    }

    @Test
    void readByTicketSkipsOtherTickets() {
        long ticketId = Math.abs(System.nanoTime());
        long mine = append(EventType.TICKET_CREATED, ticketId);
        append(EventType.TICKET_CREATED, ticketId + 1);
        long mineAgain = append(EventType.COMMENT_ADDED, ticketId);

        assertThat(log.readByTicket(ticketId, 0, 10))
                .extracting(DomainEvent::id)
                .containsExactly(mine, mineAgain);
        assertThat(log.readByTicket(ticketId, mine, 10))
                .extracting(DomainEvent::id)
                .containsExactly(mineAgain);
        assertThat(log.readByTicket(ticketId, 0, 1)).extracting(DomainEvent::id).containsExactly(mine);
    }

    @Test
    void readIdsAnswersOnlyThoseThatExist() {
        long id = append(EventType.TICKET_CREATED, 1L);

        assertThat(log.readIds(List.of(id + 1000, id)))
                .extracting(DomainEvent::id)
                .containsExactly(id);
        assertThat(log.readIds(List.of())).isEmpty();
    }
}
