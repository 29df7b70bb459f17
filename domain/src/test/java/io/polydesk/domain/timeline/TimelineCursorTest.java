package io.polydesk.domain.timeline;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.ErrorCode;
import io.polydesk.domain.shared.Keyset;
import io.polydesk.domain.shared.TicketListCursor;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Forged and foreign cursors are refused as invalid input on {@code after}, never reach the database. */
class TimelineCursorTest {

    private static String forged(String sortKey, long id, String value) {
        return new Keyset(sortKey, value, id).encode();
    }

    private static void refused(long ticketId, String after) {
        assertThatThrownBy(() -> TimelineQueries.checkWindow(ticketId, 5, after))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(ErrorCode.INVALID);
                });
    }

    @Test
    void aCursorOfThisTicketsTimelineIsAccepted() {
        assertThatCode(() -> TimelineQueries.checkWindow(7, 5, forged("timeline-7", 3, "1700000000000:2")))
                .doesNotThrowAnyException();
    }

    @Test
    void malformedForeignAndOutOfRangeCursorsAreRefused() {
        refused(7, "not base64 at all!");
        refused(7, "");
        refused(7, forged("timeline-8", 3, "1700000000000:2"));
        refused(7, forged("comments-7", 3, "1700000000000"));
        refused(7, forged("timeline-7", 3, "1700000000000"));
        refused(7, forged("timeline-7", 3, "abc:zz"));
        refused(7, forged("timeline-7", 3, "1700000000000:9"));
        refused(7, forged("timeline-7", 3, Long.MAX_VALUE + ":1"));
        refused(7, forged("timeline-7", 3, Long.MIN_VALUE + ":1"));
    }

    @Test
    void ticketListCursorsRoundTripAndRefuseOtherTickets() {
        Instant at = Instant.parse("2026-03-01T10:15:30.123Z");
        String cursor = TicketListCursor.encode("comments", 4, at, 9);
        org.assertj.core.api.Assertions.assertThat(TicketListCursor.decode("comments", 4, cursor))
                .isEqualTo(new TicketListCursor(at, 9));
        assertThatThrownBy(() -> TicketListCursor.decode("comments", 5, cursor))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("another ticket");
        assertThatThrownBy(() -> TicketListCursor.decode("changes", 4, cursor)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> TicketListCursor.decode("comments", 4, forged("comments-4", 1, "99999999999999999")))
                .isInstanceOf(DomainException.class);
    }
}
