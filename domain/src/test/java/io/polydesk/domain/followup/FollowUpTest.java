package io.polydesk.domain.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.domain.shared.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpTest {

    @Test
    void aFollowUpNeedsTextAndAtMostADayOfTime() {
        assertThatThrownBy(() -> new FollowUp(" ", true, null, null, null, null))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.details())
                                .anySatisfy(d -> assertThat(d.field()).isEqualTo("content")));
        assertThatThrownBy(() -> new FollowUp("worked", true, null, null, 24 * 60 + 1, null))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.details())
                                .anySatisfy(d -> assertThat(d.field()).isEqualTo("minutes")));
        assertThatThrownBy(() -> new FollowUp("worked", true, null, null, 0, null))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void attachmentsDefaultToNone() {
        FollowUp followUp = new FollowUp("worked", false, null, "resolved", 30, null);
        assertThat(followUp.attachmentIds()).isEmpty();
        assertThat(new FollowUp("x", false, null, null, null, List.of(3L)).attachmentIds())
                .containsExactly(3L);
    }
}
