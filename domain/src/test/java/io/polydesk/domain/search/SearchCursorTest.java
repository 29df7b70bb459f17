package io.polydesk.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SearchCursorTest {

    private static long start(String after, String query) {
        Validation validation = new Validation();
        long start = SearchCursor.start(after, query, 10_000, validation);
        validation.throwIfInvalid();
        return start;
    }

    private static void refusedOnAfter(ThrowingCallable call, String message) {
        assertThatThrownBy(call)
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).details())
                        .singleElement()
                        .satisfies(detail -> {
                            assertThat(detail.field()).isEqualTo("after");
                            assertThat(detail.message()).contains(message);
                        }));
    }

    @Test
    void aCursorResumesWhereItsPageEnded() {
        assertThat(start(null, "printer")).isZero();
        assertThat(start(SearchCursor.of("printer", 40).encode(), "printer")).isEqualTo(40);
    }

    @Test
    void aCursorOfAnotherQueryIsRefused() {
        String cursor = SearchCursor.of("printer", 20).encode();
        refusedOnAfter(() -> start(cursor, "scanner"), "another query");
    }

    @Test
    void somethingThatIsNoSearchCursorIsRefused() {
        refusedOnAfter(() -> start("not a cursor!", "printer"), "not a cursor");
        refusedOnAfter(() -> start(SearchCursor.of("printer", -1).encode(), "printer"), "not a cursor");
    }

    @Test
    void pagingStopsAtTheDocumentedDepth() {
        assertThat(start(SearchCursor.of("printer", 9_999).encode(), "printer")).isEqualTo(9_999);
        refusedOnAfter(() -> start(SearchCursor.of("printer", 10_000).encode(), "printer"), "first 10000 hits");
    }
}
