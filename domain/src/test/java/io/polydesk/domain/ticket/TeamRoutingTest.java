package io.polydesk.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.ErrorCode;
import io.polydesk.domain.shared.FieldError;
import io.polydesk.domain.shared.Validation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule tickets and tasks share for their team: live teams only, refused like an archived project. */
class TeamRoutingTest {

    private static final long LIVE = 1;
    private static final long ARCHIVED = 2;
    private static final long UNKNOWN = 3;

    private final List<Long> asked = new ArrayList<>();

    /** Only team 1 is live; an archived team is as good as none. */
    private final TeamRouting routing = new TeamRouting(id -> {
        asked.add(id);
        return id == LIVE;
    });

    /** The INVALID error checking the team raises, or null when it raises none. */
    private DomainException refusal(Long teamId) {
        Validation v = new Validation();
        routing.check(teamId, v);
        try {
            v.throwIfInvalid();
            return null;
        } catch (DomainException e) {
            return e;
        }
    }

    @Test
    void aLiveTeamMayBeRoutedTo() {
        assertThat(refusal(LIVE)).isNull();
        assertThat(asked).containsExactly(LIVE);
    }

    @Test
    void anArchivedTeamIsRefusedOnTeamIdTheWayAnArchivedProjectIsOnProjectId() {
        DomainException e = refusal(ARCHIVED);

        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID);
        assertThat(e.details()).containsExactly(new FieldError("teamId", "is not an existing team"));
        assertThat(e.getMessage()).isEqualTo("teamId: is not an existing team");
    }

    @Test
    void anArchivedTeamReadsLikeOneThatNeverExisted() {
        assertThat(refusal(ARCHIVED).details()).isEqualTo(refusal(UNKNOWN).details());
    }

    @Test
    void noTeamNeedsNoLookup() {
        assertThat(refusal(null)).isNull();
        assertThat(asked).isEmpty();
    }
}
