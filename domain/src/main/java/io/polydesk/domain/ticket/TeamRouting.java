package io.polydesk.domain.ticket;

import io.polydesk.domain.shared.Validation;
import org.springframework.stereotype.Component;

/**
 * Which team a ticket or a task may be routed to: one that exists and is not archived, refused on
 * {@code teamId} the way an archived project is refused on {@code projectId}. Callers check only a team being
 * set, so work routed to a team before it was archived keeps it.
 */
@Component
public class TeamRouting {

    private final TicketTeams teams;

    public TeamRouting(TicketTeams teams) {
        this.teams = teams;
    }

    /** Adds an error on {@code teamId} unless the id is null (no team) or names a live team. */
    public void check(Long teamId, Validation v) {
        if (teamId != null) {
            v.check(teams.isLive(teamId), "teamId", "is not an existing team");
        }
    }
}
