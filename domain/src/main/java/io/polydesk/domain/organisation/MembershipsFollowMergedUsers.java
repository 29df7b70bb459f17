package io.polydesk.domain.organisation;

import io.polydesk.domain.merge.UserMergeParticipant;
import io.polydesk.domain.user.UserRepository;
import org.springframework.stereotype.Component;

/** A merged user's groups become the target's; teams too, but only agents and administrators sit in teams. */
@Component
class MembershipsFollowMergedUsers implements UserMergeParticipant {

    private final OrganisationRepository organisations;
    private final UserRepository users;

    MembershipsFollowMergedUsers(OrganisationRepository organisations, UserRepository users) {
        this.organisations = organisations;
        this.users = users;
    }

    @Override
    public void usersMerged(long sourceId, long targetId) {
        boolean targetIsStaff =
                users.findById(targetId).map(u -> u.role().isStaff()).orElse(false);
        organisations.moveMemberships(sourceId, targetId, targetIsStaff);
    }
}
