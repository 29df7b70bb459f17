package io.polydesk.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeysetWindowTest {

    @Test
    void pageSizeDefaultsAndIsBounded() {
        assertThat(KeysetWindow.limit(null)).isEqualTo(KeysetWindow.DEFAULT_SIZE);
        assertThat(KeysetWindow.limit(0)).isZero();
        assertThat(KeysetWindow.limit(100)).isEqualTo(100);
        assertThatThrownBy(() -> KeysetWindow.limit(101))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).details())
                        .extracting(FieldError::field)
                        .containsExactly("first"));
        assertThatThrownBy(() -> KeysetWindow.limit(-1)).isInstanceOf(DomainException.class);
    }

    @Test
    void cursorOfAnotherOrderIsRefused() {
        String byName = new Keyset("NAME", "Ada", 7).encode();
        assertThat(KeysetWindow.position(null, "NAME")).isNull();
        assertThat(KeysetWindow.position(byName, "NAME")).isEqualTo(new Keyset("NAME", "Ada", 7));
        assertThatThrownBy(() -> KeysetWindow.position(byName, "CREATED_AT"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(ErrorCode.INVALID));
    }

    @Test
    void theExtraRowOnlySignalsANextPage() {
        CursorPage<Long> page =
                KeysetWindow.of(List.of(1L, 2L, 3L), 2, true, 9, id -> new Keyset("ID", id.toString(), id));
        assertThat(page.edges()).extracting(CursorPage.Edge::node).containsExactly(1L, 2L);
        assertThat(page.hasNext()).isTrue();
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.totalCount()).isEqualTo(9);
        assertThat(Keyset.decode(page.edges().get(1).cursor(), "after").id()).isEqualTo(2L);

        CursorPage<Long> last = KeysetWindow.of(List.of(4L), 2, false, 1, id -> new Keyset("ID", id.toString(), id));
        assertThat(last.hasNext()).isFalse();
    }
}
