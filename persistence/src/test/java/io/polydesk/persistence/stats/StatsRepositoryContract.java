package io.polydesk.persistence.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.project.Project;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.stats.DayCount;
import io.polydesk.domain.stats.GroupCount;
import io.polydesk.domain.stats.MeanDurations;
import io.polydesk.domain.stats.StatsRepository;
import io.polydesk.domain.stats.StatsScope;
import io.polydesk.domain.stats.StatusTally;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.RepositoryTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A controlled data set under one fresh requester, so the scoped statistics see only these rows. */
abstract class StatsRepositoryContract extends RepositoryTest {

    @Autowired
    StatsRepository stats;

    User requester;
    User agent;
    Project project;
    StatsScope march;

    @BeforeEach
    void aControlledDataSet() {
        requester = newUser(Role.CUSTOMER);
        agent = newUser(Role.AGENT);
        project = newProject();
        Instant opened = Instant.parse("2026-03-01T10:15:30Z");
        Ticket a = aTicket(requester)
                .assignee(agent)
                .project(project)
                .created(opened)
                .insert();
        respondAndClose(a, opened.plusSeconds(600), opened.plusSeconds(90_000));
        Ticket b = aTicket(requester)
                .priority("high")
                .created(Instant.parse("2026-03-03T08:00:00Z"))
                .insert();
        respondAndClose(b, Instant.parse("2026-03-03T08:20:00Z"), null);
        Ticket archived = aTicket(requester)
                .created(Instant.parse("2026-03-03T09:00:00Z"))
                .archived()
                .insert();
        respondAndClose(archived, Instant.parse("2026-03-03T09:00:01Z"), Instant.parse("2026-03-03T09:00:02Z"));
        aTicket(requester)
                .assignee(agent)
                .project(project)
                .created(Instant.parse("2026-02-20T12:00:00Z"))
                .insert();
        march = new StatsScope(
                requester.id(), Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-05T00:00:00Z"));
    }

    private void respondAndClose(Ticket t, Instant firstResponse, Instant closed) {
        jdbc.update(
                "UPDATE tickets SET first_response_at = ?, closed_at = ? WHERE id = ?",
                utc(firstResponse),
                utc(closed),
                t.id());
    }

    private static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    @Test
    void statusTalliesCountLiveTicketsAndTheUnassignedAmongThemWhateverTheDates() {
        aTicket(requester).status("in_progress").insert();
        assertThat(stats.statusTallies(march))
                .containsExactlyInAnyOrder(
                        new StatusTally(statusId("new"), 3, 1), new StatusTally(statusId("in_progress"), 1, 1));
        assertThat(stats.statusTallies(new StatsScope(newUser(Role.CUSTOMER).id(), null, null)))
                .isEmpty();
    }

    @Test
    void liveTicketsAreCountedByEachGrouping() {
        assertThat(stats.byStatus(march)).containsExactly(new GroupCount(statusId("new"), 3));
        assertThat(stats.byPriority(march))
                .containsExactlyInAnyOrder(
                        new GroupCount(priorityId("medium"), 2), new GroupCount(priorityId("high"), 1));
        assertThat(stats.byAssignee(march))
                .containsExactlyInAnyOrder(new GroupCount(agent.id(), 2), new GroupCount(null, 1));
        assertThat(stats.byProject(march))
                .containsExactlyInAnyOrder(new GroupCount(project.id(), 2), new GroupCount(null, 1));
    }

    @Test
    void openingsAndClosingsAreCountedPerUtcDayWithinTheRange() {
        assertThat(stats.openedPerDay(march))
                .containsExactly(
                        new DayCount(LocalDate.parse("2026-03-01"), 1), new DayCount(LocalDate.parse("2026-03-03"), 1));
        assertThat(stats.closedPerDay(march)).containsExactly(new DayCount(LocalDate.parse("2026-03-02"), 1));
    }

    @Test
    void meansCoverTicketsCreatedInTheRangeThatGotThere() {
        assertThat(stats.means(march)).isEqualTo(new MeanDurations(900.0, 90_000.0));
        StatsScope empty = new StatsScope(
                requester.id(), Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2027-01-02T00:00:00Z"));
        assertThat(stats.means(empty)).isEqualTo(MeanDurations.NONE);
        assertThat(stats.openedPerDay(empty)).isEmpty();
    }

    @Test
    void staffScopeCoversEveryRequester() {
        StatsScope all = new StatsScope(null, march.from(), march.to());
        long everyone =
                stats.byStatus(all).stream().mapToLong(GroupCount::count).sum();
        assertThat(everyone).isGreaterThanOrEqualTo(3);
        assertThat(stats.byAssignee(all)).contains(new GroupCount(agent.id(), 2));
    }
}
