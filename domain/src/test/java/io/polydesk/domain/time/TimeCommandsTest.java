package io.polydesk.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.FieldError;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeCommandsTest {

    @Test
    void logTimeNeedsADateAndBetweenOneMinuteAndOneDay() {
        assertThatThrownBy(() -> new LogTime(null, null, 0, null, null, null))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.details())
                                .extracting(FieldError::field)
                                .containsExactly("date", "minutes"));
        assertThatThrownBy(() -> new LogTime(null, LocalDate.of(2026, 1, 1), LogTime.MAX_MINUTES + 1, null, null, null))
                .isInstanceOf(DomainException.class);
        assertThat(new LogTime(null, LocalDate.of(2026, 1, 1), LogTime.MAX_MINUTES, null, null, null).minutes())
                .isEqualTo(1440);
    }

    @Test
    void anUpdateCannotClearTheDateMinutesOrBillableFlag() {
        assertThatThrownBy(() -> new UpdateTimeEntry(Change.to(null), Change.to(null), Change.to(null), null, null))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.details())
                                .extracting(FieldError::field)
                                .containsExactly("date", "minutes", "billable"));
        UpdateTimeEntry keepAll = new UpdateTimeEntry(null, null, null, null, Change.to(null));
        assertThat(keepAll.minutes().isPresent()).isFalse();
        assertThat(keepAll.note().isPresent()).isTrue();
    }
}
