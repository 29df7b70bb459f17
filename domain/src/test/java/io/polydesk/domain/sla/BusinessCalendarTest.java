package io.polydesk.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // 2026: summer time starts on Sunday 29 March; Good Friday is 3 April, Easter Monday 6 April.
    private static final BusinessCalendar OFFICE = new BusinessCalendar(
            BERLIN, weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)), Set.of(LocalDate.of(2026, 4, 3)));

    private static List<BusinessWindow> weekdays(LocalTime start, LocalTime end) {
        List<BusinessWindow> windows = new ArrayList<>();
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            windows.add(new BusinessWindow(day, start, end));
        }
        return windows;
    }

    private static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @Test
    void withinOneDay() {
        assertThat(OFFICE.plus(berlin("2026-03-25T10:00"), Duration.ofMinutes(90)))
                .isEqualTo(berlin("2026-03-25T11:30"));
    }

    @Test
    void carriesOverTheEveningToTheNextMorning() {
        assertThat(OFFICE.plus(berlin("2026-03-25T16:00"), Duration.ofMinutes(120)))
                .isEqualTo(berlin("2026-03-26T10:00"));
    }

    @Test
    void skipsTheWeekendAcrossTheSwitchToSummerTime() {
        Instant due = OFFICE.plus(berlin("2026-03-27T16:00"), Duration.ofMinutes(120));
        assertThat(due).isEqualTo(berlin("2026-03-30T10:00"));
        // Friday is UTC+1, Monday UTC+2: the UTC instant shows the offset moved.
        assertThat(due).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
        assertThat(berlin("2026-03-27T16:00")).isEqualTo(Instant.parse("2026-03-27T15:00:00Z"));
    }

    @Test
    void skipsAHolidayAndTheWeekend() {
        BusinessCalendar easter = new BusinessCalendar(
                BERLIN,
                weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)),
                Set.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6)));
        assertThat(easter.plus(berlin("2026-04-02T16:30"), Duration.ofMinutes(60)))
                .isEqualTo(berlin("2026-04-07T09:30"));
    }

    @Test
    void aStartOutsideHoursWaitsForTheNextOpening() {
        assertThat(OFFICE.plus(berlin("2026-03-28T12:00"), Duration.ofMinutes(30)))
                .isEqualTo(berlin("2026-03-30T09:30"));
        assertThat(OFFICE.plus(berlin("2026-03-25T07:00"), Duration.ofMinutes(30)))
                .isEqualTo(berlin("2026-03-25T09:30"));
        assertThat(OFFICE.plus(berlin("2026-03-25T18:00"), Duration.ZERO)).isEqualTo(berlin("2026-03-26T09:00"));
    }

    @Test
    void aWholeWeekOfWorkIsFiveDays() {
        assertThat(OFFICE.plus(berlin("2026-03-23T09:00"), Duration.ofHours(40)))
                .isEqualTo(berlin("2026-03-27T17:00"));
        assertThat(OFFICE.plus(berlin("2026-03-23T09:00"), Duration.ofHours(40).plusMinutes(1)))
                .isEqualTo(berlin("2026-03-30T09:01"));
    }

    @Test
    void endsExactlyAtClosingRatherThanNextMorning() {
        assertThat(OFFICE.plus(berlin("2026-03-25T09:00"), Duration.ofHours(8))).isEqualTo(berlin("2026-03-25T17:00"));
    }

    @Test
    void betweenCountsOnlyWorkingTime() {
        assertThat(OFFICE.between(berlin("2026-03-27T16:00"), berlin("2026-03-30T10:00")))
                .isEqualTo(Duration.ofMinutes(120));
        assertThat(OFFICE.between(berlin("2026-04-02T16:00"), berlin("2026-04-06T09:00")))
                .isEqualTo(Duration.ofMinutes(60));
        assertThat(OFFICE.between(berlin("2026-03-30T10:00"), berlin("2026-03-27T16:00")))
                .isEqualTo(Duration.ofMinutes(-120));
        assertThat(OFFICE.between(berlin("2026-03-28T10:00"), berlin("2026-03-29T10:00")))
                .isZero();
    }

    @Test
    void betweenUndoesPlus() {
        Instant start = berlin("2026-03-26T11:17");
        for (long minutes : new long[] {0, 1, 59, 480, 481, 2400, 10_000}) {
            Instant due = OFFICE.plus(start, Duration.ofMinutes(minutes));
            assertThat(OFFICE.between(start, due)).as("%d minutes", minutes).isEqualTo(Duration.ofMinutes(minutes));
        }
    }

    @Test
    void aWindowSpanningTheSkippedHourIsAnHourShorter() {
        BusinessCalendar night = new BusinessCalendar(
                BERLIN,
                List.of(new BusinessWindow(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(5, 0))),
                Set.of());
        assertThat(night.between(Instant.parse("2026-03-28T00:00:00Z"), Instant.parse("2026-03-30T00:00:00Z")))
                .isEqualTo(Duration.ofHours(3));
        assertThat(night.plus(Instant.parse("2026-03-28T00:00:00Z"), Duration.ofMinutes(90)))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z")); // 03:30 summer time
    }

    @Test
    void isOpenFollowsTheSchedule() {
        assertThat(OFFICE.isOpen(berlin("2026-03-25T09:00"))).isTrue();
        assertThat(OFFICE.isOpen(berlin("2026-03-25T17:00"))).isFalse();
        assertThat(OFFICE.isOpen(berlin("2026-03-28T12:00"))).isFalse();
        assertThat(OFFICE.isOpen(berlin("2026-04-03T12:00"))).isFalse();
    }

    @Test
    void alwaysIsCalendarTime() {
        Instant start = Instant.parse("2026-03-28T12:00:00Z");
        assertThat(BusinessCalendar.ALWAYS.plus(start, Duration.ofHours(30)))
                .isEqualTo(Instant.parse("2026-03-29T18:00:00Z"));
        assertThat(BusinessCalendar.ALWAYS.between(start, start.plusSeconds(60)))
                .isEqualTo(Duration.ofMinutes(1));
    }
}
