package io.polydesk.persistence.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.project.Project;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.sla.BusinessHours;
import io.polydesk.domain.sla.BusinessWindow;
import io.polydesk.domain.sla.SlaPolicy;
import io.polydesk.domain.sla.SlaRepository;
import io.polydesk.domain.sla.SlaTarget;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketClockRepository;
import io.polydesk.domain.ticket.TicketClocks;
import io.polydesk.domain.ticket.TicketCriteria;
import io.polydesk.domain.ticket.TicketOrder;
import io.polydesk.domain.ticket.TicketSearch;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.RepositoryTest;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

abstract class SlaRepositoryContract extends RepositoryTest {

    @Autowired
    SlaRepository sla;

    @Autowired
    TicketClockRepository clocks;

    private BusinessHours office() {
        return new BusinessHours(
                0,
                unique("Office"),
                ZoneId.of("Europe/Berlin"),
                List.of(
                        new BusinessWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 30)),
                        new BusinessWindow(DayOfWeek.MONDAY, LocalTime.of(13, 30), LocalTime.of(17, 0)),
                        new BusinessWindow(DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.of(14, 0))),
                Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26)),
                false,
                T0,
                T0);
    }

    @Test
    void businessHoursReadBackWithWindowsAndHolidaysAndReplaceThemOnUpdate() {
        BusinessHours given = office();
        long id = sla.insertBusinessHours(given);

        BusinessHours read = sla.findBusinessHours(id).orElseThrow();
        assertThat(read.name()).isEqualTo(given.name());
        assertThat(read.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(read.windows()).containsExactlyElementsOf(given.windows());
        assertThat(read.holidays()).isEqualTo(given.holidays());
        assertThat(read.createdAt()).isEqualTo(T0);

        sla.updateBusinessHours(new BusinessHours(
                id,
                "Renamed",
                ZoneId.of("America/New_York"),
                List.of(new BusinessWindow(DayOfWeek.SUNDAY, LocalTime.of(0, 0), LocalTime.of(23, 59))),
                Set.of(),
                true,
                T0,
                T0.plusSeconds(5)));
        BusinessHours changed = sla.findBusinessHours(id).orElseThrow();
        assertThat(changed.name()).isEqualTo("Renamed");
        assertThat(changed.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(changed.windows())
                .containsExactly(new BusinessWindow(DayOfWeek.SUNDAY, LocalTime.of(0, 0), LocalTime.of(23, 59)));
        assertThat(changed.holidays()).isEmpty();
        assertThat(changed.archived()).isTrue();
        assertThat(changed.updatedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(sla.listBusinessHours()).extracting(BusinessHours::id).contains(id);
        assertThat(sla.findBusinessHours(-1)).isEmpty();
    }

    @Test
    void policiesReadBackWithTargetsAndScope() {
        long hoursId = sla.insertBusinessHours(office());
        Project project = newProject();
        long high = priorityId("high");
        long low = priorityId("low");
        SlaPolicy given = new SlaPolicy(
                0,
                unique("Gold"),
                project.id(),
                null,
                hoursId,
                List.of(new SlaTarget(high, 60, 480), new SlaTarget(low, null, 2400)),
                false,
                T0,
                T0);
        long id = sla.insertPolicy(given);

        SlaPolicy read = sla.findPolicy(id).orElseThrow();
        assertThat(read.name()).isEqualTo(given.name());
        assertThat(read.projectId()).isEqualTo(project.id());
        assertThat(read.companyId()).isNull();
        assertThat(read.businessHoursId()).isEqualTo(hoursId);
        assertThat(read.targets()).containsExactlyInAnyOrderElementsOf(given.targets());

        sla.updatePolicy(new SlaPolicy(
                id, "Silver", null, null, null, List.of(new SlaTarget(low, 30, null)), true, T0, T0.plusSeconds(1)));
        SlaPolicy changed = sla.findPolicy(id).orElseThrow();
        assertThat(changed.projectId()).isNull();
        assertThat(changed.businessHoursId()).isNull();
        assertThat(changed.targets()).containsExactly(new SlaTarget(low, 30, null));
        assertThat(changed.archived()).isTrue();
        assertThat(sla.listPolicies()).extracting(SlaPolicy::id).contains(id);
    }

    @Test
    void clocksAreWrittenOnTheRowReadWithTheTicketAndFilteredInSql() {
        User requester = newUser(Role.CUSTOMER);
        long policyId = sla.insertPolicy(new SlaPolicy(0, unique("P"), null, null, null, List.of(), false, T0, T0));
        Ticket overdue = aTicket(requester).title(unique("overdue")).insert();
        Ticket later = aTicket(requester).title(unique("later")).insert();
        Instant now = T0.plusSeconds(3600);
        TicketClocks overdueClocks = new TicketClocks(
                policyId,
                now.minusSeconds(60),
                now.plusSeconds(600),
                now.minusSeconds(60),
                now.minusSeconds(60),
                null,
                0,
                false,
                false,
                null);
        clocks.write(overdue.id(), overdueClocks);
        clocks.write(
                later.id(),
                new TicketClocks(
                        policyId,
                        null,
                        now.plusSeconds(600),
                        now.plusSeconds(600),
                        now.plusSeconds(600),
                        null,
                        0,
                        false,
                        false,
                        now.minusSeconds(1)));

        assertThat(tickets.findById(overdue.id()).orElseThrow().clocks()).isEqualTo(overdueClocks);
        TicketCriteria breached = TicketCriteria.builder()
                .requesterId(requester.id())
                .slaBreached(true, now)
                .build();
        assertThat(titles(breached)).containsExactly(overdue.title());
        TicketCriteria notBreached = TicketCriteria.builder()
                .requesterId(requester.id())
                .slaBreached(false, now)
                .build();
        assertThat(titles(notBreached)).containsExactly(later.title());
        TicketCriteria dueSoon = TicketCriteria.builder()
                .requesterId(requester.id())
                .slaDueBefore(now.plusSeconds(60))
                .build();
        assertThat(titles(dueSoon)).containsExactly(overdue.title());
        assertThat(tickets.count(breached)).isEqualTo(1);

        assertThat(clocks.alertsDue(now, 100)).contains(overdue.id()).doesNotContain(later.id());
        assertThat(clocks.lockSnoozesEnded(now, 100)).contains(later.id()).doesNotContain(overdue.id());
        assertThat(clocks.unfinishedIds(overdue.id() - 1, 2)).containsExactly(overdue.id(), later.id());
    }

    @Test
    void aBreachIsClaimedOnceAndAnOlderWriteCannotUnrecordIt() {
        User requester = newUser(Role.CUSTOMER);
        Ticket ticket = aTicket(requester).insert();
        Instant at = T0.plusSeconds(10);
        TicketClocks running = new TicketClocks(null, at, null, at, at, null, 0, false, false, null);
        clocks.write(ticket.id(), running);

        assertThat(clocks.claimBreach(ticket.id(), true, null)).isTrue();
        assertThat(clocks.claimBreach(ticket.id(), true, null)).isFalse();
        clocks.write(ticket.id(), running);

        TicketClocks stored = tickets.findById(ticket.id()).orElseThrow().clocks();
        assertThat(stored.firstResponseBreached()).isTrue();
        assertThat(stored.resolutionBreached()).isFalse();
        assertThat(clocks.claimBreach(ticket.id(), false, null)).isTrue();
    }

    private List<String> titles(TicketCriteria criteria) {
        return tickets.search(TicketSearch.atOffset(criteria, TicketOrder.NEWEST_FIRST, 0, 50)).stream()
                .map(Ticket::title)
                .toList();
    }
}
