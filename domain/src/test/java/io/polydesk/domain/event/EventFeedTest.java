package io.polydesk.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EventFeedTest {

    private final TreeMap<Long, DomainEvent> committed = new TreeMap<>();
    private Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final EventFeed feed = new EventFeed(new InMemoryLog(), 0, Duration.ofSeconds(10), 100, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private void commit(long... ids) {
        for (long id : ids) {
            committed.put(id, DomainEvent.of(EventType.TICKET_CREATED, now, 1L).withId(id));
        }
    }

    private List<Long> poll() {
        return feed.poll().stream().map(DomainEvent::id).toList();
    }

    @Test
    void handsOutEventsInOrderOnce() {
        commit(1, 2, 3);

        assertThat(poll()).containsExactly(1L, 2L, 3L);
        assertThat(poll()).isEmpty();
        assertThat(feed.position()).isEqualTo(3);
    }

    @Test
    void aReaderThatCouldNotPassEventsOnGetsThemAgain() {
        commit(1, 2);
        long before = feed.position();
        assertThat(poll()).containsExactly(1L, 2L);

        feed.rewindTo(before);

        assertThat(poll()).containsExactly(1L, 2L);
        assertThatThrownBy(() -> feed.rewindTo(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void holdsBackEventsBehindAnIdThatMayStillCommit() {
        commit(1, 3, 4);

        assertThat(poll()).containsExactly(1L);
        now = now.plusSeconds(5);
        commit(2);

        assertThat(poll()).containsExactly(2L, 3L, 4L);
    }

    @Test
    void givesUpAnIdOnceTheEventAfterItWasReadableForThePatience() {
        commit(1, 3);
        assertThat(poll()).containsExactly(1L);
        now = now.plusSeconds(9);
        commit(4);
        assertThat(poll()).isEmpty();

        now = now.plusSeconds(1);

        assertThat(poll()).containsExactly(3L, 4L);
        assertThat(feed.position()).isEqualTo(4);
    }

    @Test
    void startsAfterTheGivenId() {
        commit(1, 2, 3);
        EventFeed late = new EventFeed(new InMemoryLog(), 2, Duration.ofSeconds(10), 100, Clock.systemUTC());

        assertThat(late.poll()).extracting(DomainEvent::id).containsExactly(3L);
    }

    private final class InMemoryLog implements EventLog {
        @Override
        public long append(DomainEvent event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DomainEvent> readAfter(long afterId, int limit) {
            return new ArrayList<>(committed.tailMap(afterId, false).values())
                    .subList(
                            0, Math.min(limit, committed.tailMap(afterId, false).size()));
        }

        @Override
        public List<DomainEvent> readIds(List<Long> ids) {
            return ids.stream()
                    .filter(committed::containsKey)
                    .map(committed::get)
                    .toList();
        }

        @Override
        public List<DomainEvent> readByTicket(long ticketId, long afterId, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long lastId() {
            return committed.isEmpty() ? 0 : committed.lastKey();
        }
    }
}
