package io.polydesk.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketClocks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaScheduleTest {

    private static final long HIGH = 40;
    private static final Instant CREATED = Instant.parse("2026-03-02T08:00:00Z");
    private static final SlaPolicy POLICY =
            new SlaPolicy(9, "Gold", null, null, null, List.of(new SlaTarget(HIGH, 60, 240)), false, CREATED, CREATED);
    private static final BusinessCalendar ALWAYS = BusinessCalendar.ALWAYS;

    private static Ticket ticket(TicketClocks clocks) {
        return Ticket.builder()
                .id(1)
                .priorityId(HIGH)
                .createdAt(CREATED)
                .clocks(clocks)
                .build();
    }

    private static TicketClocks clocks(Ticket ticket, boolean pending, boolean done, Instant now) {
        return SlaSchedule.clocks(ticket, POLICY, ALWAYS, pending, done, now);
    }

    @Test
    void deadlinesCountFromCreation() {
        TicketClocks c = clocks(ticket(TicketClocks.NONE), false, false, CREATED.plusSeconds(5));
        assertThat(c.slaPolicyId()).isEqualTo(9);
        assertThat(c.firstResponseDueAt()).isEqualTo(CREATED.plus(Duration.ofMinutes(60)));
        assertThat(c.resolutionDueAt()).isEqualTo(CREATED.plus(Duration.ofMinutes(240)));
        assertThat(c.dueAt()).isEqualTo(c.firstResponseDueAt());
        assertThat(c.alertAt()).isEqualTo(c.firstResponseDueAt());
    }

    @Test
    void pendingStopsTheClockAndResumingPushesTheDeadlinesByThePause() {
        TicketClocks running = clocks(ticket(TicketClocks.NONE), false, false, CREATED);
        Instant pausedAt = CREATED.plus(Duration.ofMinutes(20));
        TicketClocks paused = clocks(ticket(running), true, false, pausedAt);
        assertThat(paused.pausedAt()).isEqualTo(pausedAt);
        assertThat(paused.dueAt()).isNull();
        assertThat(paused.alertAt()).isNull();

        TicketSla whilePaused =
                SlaSchedule.view(ticket(paused), POLICY, ALWAYS, false, pausedAt.plus(Duration.ofHours(5)));
        assertThat(whilePaused.firstResponse().state()).isEqualTo(SlaState.PAUSED);
        assertThat(whilePaused.firstResponse().remaining()).isEqualTo(Duration.ofMinutes(40));

        Instant resumedAt = pausedAt.plus(Duration.ofMinutes(90));
        TicketClocks resumed = clocks(ticket(paused), false, false, resumedAt);
        assertThat(resumed.pausedAt()).isNull();
        assertThat(resumed.pausedSeconds()).isEqualTo(90 * 60);
        assertThat(resumed.firstResponseDueAt()).isEqualTo(CREATED.plus(Duration.ofMinutes(150)));
        assertThat(resumed.dueAt()).isEqualTo(resumed.firstResponseDueAt());
        // A second change keeps the pause it already counted.
        assertThat(clocks(ticket(resumed), false, false, resumedAt.plusSeconds(60))
                        .firstResponseDueAt())
                .isEqualTo(resumed.firstResponseDueAt());
    }

    @Test
    void statesFollowTheClock() {
        TicketClocks c = clocks(ticket(TicketClocks.NONE), false, false, CREATED);
        Ticket running = ticket(c);
        TicketSla early = SlaSchedule.view(running, POLICY, ALWAYS, false, CREATED.plus(Duration.ofMinutes(10)));
        assertThat(early.firstResponse().state()).isEqualTo(SlaState.ACTIVE);
        assertThat(early.firstResponse().remaining()).isEqualTo(Duration.ofMinutes(50));
        assertThat(early.breached()).isFalse();

        TicketSla late = SlaSchedule.view(running, POLICY, ALWAYS, false, CREATED.plus(Duration.ofMinutes(70)));
        assertThat(late.firstResponse().state()).isEqualTo(SlaState.BREACHED);
        assertThat(late.firstResponse().remaining()).isEqualTo(Duration.ofMinutes(-10));
        assertThat(late.resolution().state()).isEqualTo(SlaState.ACTIVE);

        Ticket answered = running.toBuilder()
                .firstResponseAt(CREATED.plus(Duration.ofMinutes(30)))
                .build();
        TicketSla met = SlaSchedule.view(answered, POLICY, ALWAYS, false, CREATED.plus(Duration.ofMinutes(70)));
        assertThat(met.firstResponse().state()).isEqualTo(SlaState.MET);
        assertThat(met.firstResponse().remaining()).isNull();
        TicketClocks afterAnswer = clocks(answered, false, false, CREATED.plus(Duration.ofMinutes(30)));
        assertThat(afterAnswer.dueAt()).isEqualTo(afterAnswer.resolutionDueAt());

        Ticket closedLate = answered.toBuilder()
                .closedAt(CREATED.plus(Duration.ofMinutes(300)))
                .build();
        TicketSla closed = SlaSchedule.view(closedLate, POLICY, ALWAYS, true, CREATED.plus(Duration.ofDays(1)));
        assertThat(closed.resolution().state()).isEqualTo(SlaState.BREACHED);
        assertThat(SlaSchedule.metLate(c.resolutionDueAt(), closedLate.closedAt()))
                .isTrue();
        assertThat(clocks(closedLate, false, true, CREATED.plus(Duration.ofDays(1)))
                        .dueAt())
                .isNull();
    }

    @Test
    void aRecordedBreachIsNotAlertedAgainAndNoTargetMeansNoClock() {
        TicketClocks c = clocks(ticket(TicketClocks.NONE), false, false, CREATED);
        TicketClocks recorded = new TicketClocks(
                c.slaPolicyId(),
                c.firstResponseDueAt(),
                c.resolutionDueAt(),
                c.dueAt(),
                c.alertAt(),
                null,
                0,
                true,
                false,
                null);
        TicketClocks next = clocks(ticket(recorded), false, false, CREATED.plus(Duration.ofMinutes(61)));
        assertThat(next.dueAt()).isEqualTo(c.firstResponseDueAt());
        assertThat(next.alertAt()).isEqualTo(c.resolutionDueAt());

        Ticket low = ticket(recorded).toBuilder().priorityId(20).build();
        TicketClocks none = SlaSchedule.clocks(low, POLICY, ALWAYS, false, false, CREATED);
        assertThat(none.slaPolicyId()).isNull();
        assertThat(none.dueAt()).isNull();
        assertThat(none.firstResponseBreached()).isTrue();
    }
}
