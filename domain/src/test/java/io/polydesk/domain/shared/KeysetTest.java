package io.polydesk.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeysetTest {

    @Test
    void cursorRoundTripsEvenWithSeparatorsInTheValue() {
        Keyset keyset = new Keyset("CREATED_AT-", "a|b", 42);
        assertThat(Keyset.decode(keyset.encode(), "after")).isEqualTo(keyset);
    }

    @Test
    void foreignCursorIsAValidationErrorOnTheArgument() {
        assertThatThrownBy(() -> Keyset.decode("not a cursor!", "after"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    DomainException d = (DomainException) e;
                    assertThat(d.code()).isEqualTo(ErrorCode.INVALID);
                    assertThat(d.details()).extracting(FieldError::field).containsExactly("after");
                });
        assertThatThrownBy(() -> Keyset.decode("eHl6", "after")).isInstanceOf(DomainException.class);
    }

    @Test
    void offsetPageRefusesNonsense() {
        assertThatThrownBy(() -> new OffsetPage(0, 20)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new OffsetPage(1, 0)).isInstanceOf(DomainException.class);
        assertThat(new OffsetPage(3, 20).offset()).isEqualTo(40);
    }
}
