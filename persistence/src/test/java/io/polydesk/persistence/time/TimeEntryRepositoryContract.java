package io.polydesk.persistence.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.time.TimeEntry;
import io.polydesk.domain.time.TimeEntryRepository;
import io.polydesk.domain.time.TimeSpent;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.RepositoryTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

abstract class TimeEntryRepositoryContract extends RepositoryTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Autowired
    TimeEntryRepository entries;

    User agent;
    Ticket ticket;

    @BeforeEach
    void aTicketToLogTimeOn() {
        agent = newUser(Role.AGENT);
        ticket = aTicket(newUser(Role.CUSTOMER)).insert();
    }

    private TimeEntry entry(Ticket on, int dayOffset, int minutes, boolean billable) {
        long id = entries.insert(
                new TimeEntry(0, on.id(), agent.id(), null, DAY.plusDays(dayOffset), minutes, billable, null, T0, T0));
        return entries.findById(id).orElseThrow();
    }

    @Test
    void insertedEntryReadsBackWithEveryFieldAndUpdatesWriteThem() {
        long id = entries.insert(new TimeEntry(0, ticket.id(), agent.id(), null, DAY, 90, true, "Fixed it", T0, T0));
        assertThat(entries.findById(id))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(new TimeEntry(id, ticket.id(), agent.id(), null, DAY, 90, true, "Fixed it", T0, T0));

        TimeEntry changed = new TimeEntry(
                id, ticket.id(), agent.id(), null, DAY.plusDays(1), 15, false, null, T0, T0.plusSeconds(9));
        entries.update(changed);
        assertThat(entries.findById(id)).get().usingRecursiveComparison().isEqualTo(changed);

        entries.delete(id);
        assertThat(entries.findById(id)).isEmpty();
    }

    @Test
    void windowWalksByDateThenIdFromTheCursor() {
        TimeEntry late = entry(ticket, 2, 10, false);
        TimeEntry early = entry(ticket, 0, 10, false);
        TimeEntry sameDayA = entry(ticket, 1, 10, false);
        TimeEntry sameDayB = entry(ticket, 1, 10, false);
        entry(aTicket(agent).insert(), 0, 10, false);

        assertThat(entries.window(ticket.id(), null, null, 2))
                .extracting(TimeEntry::id)
                .containsExactly(early.id(), sameDayA.id());
        assertThat(entries.window(ticket.id(), sameDayA.date(), sameDayA.id(), 10))
                .extracting(TimeEntry::id)
                .containsExactly(sameDayB.id(), late.id());
        assertThat(entries.window(ticket.id(), late.date(), late.id(), 10)).isEmpty();
    }

    @Test
    void firstWindowsCountsAndTotalsOfManyTicketsComeInOneQueryEach() {
        Ticket other = aTicket(agent).insert();
        Ticket idle = aTicket(agent).insert();
        TimeEntry a1 = entry(ticket, 0, 30, true);
        TimeEntry a2 = entry(ticket, 1, 45, false);
        entry(ticket, 2, 15, true);
        TimeEntry b1 = entry(other, 0, 60, false);

        assertThat(entries.firstOfTickets(List.of(ticket.id(), other.id(), idle.id()), 2))
                .extracting(TimeEntry::id)
                .containsExactlyInAnyOrder(a1.id(), a2.id(), b1.id());
        assertThat(entries.countByTickets(List.of(ticket.id(), other.id(), idle.id())))
                .isEqualTo(Map.of(ticket.id(), 3L, other.id(), 1L, idle.id(), 0L));
        assertThat(entries.totalsOf(List.of(ticket.id(), other.id(), idle.id())))
                .containsExactlyInAnyOrder(new TimeSpent(ticket.id(), 90, 45), new TimeSpent(other.id(), 60, 0));
        assertThat(entries.totalsOf(List.of())).isEmpty();
        assertThat(entries.firstOfTickets(List.of(), 2)).isEmpty();
    }
}
