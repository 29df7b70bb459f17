package io.polydesk.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketCriteria;
import io.polydesk.domain.ticket.TicketOrder;
import io.polydesk.domain.ticket.TicketSearch;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.RepositoryTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Instants survive a JVM whose default zone is not UTC, and the database holds them as UTC wall-clock time. */
abstract class InstantStorageContract extends RepositoryTest {

    private TimeZone original;

    @BeforeEach
    void runInNewYork() {
        original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
    }

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(original);
    }

    private User userCreatedAt(Instant at) {
        String name = unique("tz");
        long id = users.insert(new User(
                0,
                name,
                name + "@example.com",
                null,
                null,
                Role.CUSTOMER,
                null,
                null,
                null,
                null,
                true,
                "{noop}x",
                1,
                at,
                at));
        return users.findById(id).orElseThrow();
    }

    @Test
    void instantsRoundTripExactlyAcrossDaylightSavingChanges() {
        List<Instant> moments = List.of(
                Instant.parse("2026-01-15T23:59:59.999Z"),
                Instant.parse("2026-03-08T06:59:59.001Z"),
                Instant.parse("2026-03-08T07:00:00.000Z"),
                Instant.parse("2026-07-01T03:30:45.678Z"),
                Instant.parse("2026-11-01T05:30:00.500Z"),
                Instant.parse("2026-11-01T06:30:00.500Z"));

        for (Instant moment : moments) {
            assertThat(userCreatedAt(moment).createdAt()).as(moment.toString()).isEqualTo(moment);
        }
    }

    @Test
    void theColumnHoldsTheUtcWallClockTime() {
        Instant moment = Instant.parse("2026-07-01T03:30:45.678Z");
        User user = userCreatedAt(moment);

        LocalDateTime stored =
                jdbc.queryForObject("SELECT created_at FROM users WHERE id = ?", LocalDateTime.class, user.id());

        assertThat(stored).isEqualTo(LocalDateTime.of(2026, 7, 1, 3, 30, 45, 678_000_000));
        assertThat(LocalDateTime.ofInstant(moment, ZoneOffset.UTC)).isEqualTo(stored);
    }

    @Test
    void precisionBeyondMillisecondsIsCutNotRounded() {
        Instant moment = Instant.parse("2026-07-01T03:30:45.678999999Z");

        assertThat(userCreatedAt(moment).createdAt()).isEqualTo(Instant.parse("2026-07-01T03:30:45.678Z"));
    }

    @Test
    void dueDatesAreCalendarDatesThatNoZoneShifts() {
        LocalDate due = LocalDate.of(2026, 3, 8);
        var project = newProject();
        Ticket ticket =
                aTicket(newUser(Role.CUSTOMER)).project(project).due(due).insert();
        TicketCriteria onThatDay = TicketCriteria.builder()
                .projectId(project.id())
                .dueFrom(due)
                .dueTo(due)
                .build();

        assertThat(ticket.dueDate()).isEqualTo(due);
        assertThat(tickets.count(onThatDay)).isEqualTo(1);
    }

    @Test
    void instantParametersCompareInUtcToo() {
        Instant moment = Instant.parse("2026-07-01T03:30:45.678Z");
        var project = newProject();
        Ticket ticket =
                aTicket(newUser(Role.CUSTOMER)).project(project).created(moment).insert();
        TicketCriteria from = TicketCriteria.builder()
                .projectId(project.id())
                .createdFrom(moment)
                .build();
        TicketCriteria fromLater = TicketCriteria.builder()
                .projectId(project.id())
                .createdFrom(moment.plusMillis(1))
                .build();

        assertThat(tickets.search(TicketSearch.atOffset(from, TicketOrder.NEWEST_FIRST, 0, 10)))
                .extracting(Ticket::id)
                .containsExactly(ticket.id());
        assertThat(tickets.count(fromLater)).isZero();
    }
}
