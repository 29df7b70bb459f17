package io.polydesk.compat.djangohelpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The pure wire conversions of the django-helpdesk dialect: codes, durations, humanized times. */
class DjangoHelpdeskWireFormatsTest {

    @Test
    void everyUnfinishedStatusButReopenedShowsAsOpen() {
        for (String key : new String[] {"new", "incoming", "open", "assigned", "in_progress", "on_hold", "blocked"}) {
            assertThat(DjangoHelpdeskVocabulary.statusCode(key)).as(key).isEqualTo(1);
        }
        assertThat(DjangoHelpdeskVocabulary.statusCode("reopened")).isEqualTo(2);
        assertThat(DjangoHelpdeskVocabulary.statusCode("resolved")).isEqualTo(3);
        assertThat(DjangoHelpdeskVocabulary.statusCode("closed")).isEqualTo(4);
        assertThat(DjangoHelpdeskVocabulary.statusCode("duplicate")).isEqualTo(5);
        assertThat(DjangoHelpdeskVocabulary.statusKeys(1))
                .contains("new", "on_hold")
                .doesNotContain("reopened");
        assertThat(DjangoHelpdeskVocabulary.statusKeys(9)).isEmpty();
    }

    @Test
    void prioritiesRunFromCriticalToVeryLow() {
        assertThat(DjangoHelpdeskVocabulary.priorityKey(1)).isEqualTo("critical");
        assertThat(DjangoHelpdeskVocabulary.priorityKey(3)).isEqualTo("medium");
        assertThat(DjangoHelpdeskVocabulary.priorityKey(5)).isEqualTo("very_low");
        assertThat(DjangoHelpdeskVocabulary.priorityCode("high")).isEqualTo(2);
        assertThat(DjangoHelpdeskVocabulary.isPriorityCode(0)).isFalse();
    }

    @Test
    void durationsAreDjangosFormatInWholeMinutesRoundedUp() {
        assertThat(Durations.minutes("01:30:00")).isEqualTo(90);
        assertThat(Durations.minutes("00:00:01")).isEqualTo(1);
        assertThat(Durations.minutes("45:00")).isEqualTo(45);
        assertThat(Durations.minutes("3600")).isEqualTo(60);
        assertThat(Durations.minutes("1 02:00:00")).isEqualTo(26 * 60);
        assertThat(Durations.minutes("00:00:00")).isZero();
        assertThat(Durations.minutes("soon")).isNull();
        assertThat(Durations.minutes("1:2:3:4")).isNull();
        assertThat(Durations.format(90)).isEqualTo("01:30:00");
    }

    @Test
    void timesAreHumanizedToTheirLargestUnit() {
        Instant now = Instant.parse("2026-12-02T12:00:00Z");
        assertThat(Humanized.since(now, now)).isEqualTo("now");
        assertThat(Humanized.since(now.minusSeconds(5), now)).isEqualTo("5 seconds ago");
        assertThat(Humanized.since(now.minusSeconds(60), now)).isEqualTo("a minute ago");
        assertThat(Humanized.since(now.minusSeconds(7200), now)).isEqualTo("2 hours ago");
        assertThat(Humanized.since(now.minusSeconds(2 * 86_400), now)).isEqualTo("2\u00a0days ago");
        assertThat(Humanized.day(LocalDate.parse("2026-12-05"), LocalDate.parse("2026-12-02")))
                .isEqualTo("3\u00a0days from now");
    }
}
