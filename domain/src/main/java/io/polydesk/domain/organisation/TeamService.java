package io.polydesk.domain.organisation;

import io.polydesk.domain.organisation.OrganisationCommands.CreateTeam;
import io.polydesk.domain.organisation.OrganisationCommands.UpdateTeam;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agent teams and who works in them: administrators only. */
@Service
@Transactional
public class TeamService {

    private final OrganisationRepository organisations;
    private final UserRepository users;
    private final Clock clock;

    public TeamService(OrganisationRepository organisations, UserRepository users, Clock clock) {
        this.organisations = organisations;
        this.users = users;
        this.clock = clock;
    }

    public AgentTeam createTeam(Actor actor, CreateTeam c) {
        Actor.requireAdmin(actor);
        new Validation()
                .check(!organisations.teamNameTaken(c.name(), 0), "name", "is already taken")
                .throwIfInvalid();
        Instant now = now();
        long id = organisations.insertTeam(new AgentTeam(0, c.name(), c.description(), false, now, now));
        return organisations.findTeam(id).orElseThrow();
    }

    public AgentTeam updateTeam(Actor actor, UpdateTeam c) {
        Actor.requireAdmin(actor);
        AgentTeam current = team(c.id());
        String name = c.name().orElse(current.name());
        new Validation()
                .check(!organisations.teamNameTaken(name, current.id()), "name", "is already taken")
                .throwIfInvalid();
        organisations.updateTeam(new AgentTeam(
                current.id(),
                name,
                c.description().orElse(current.description()),
                current.archived(),
                current.createdAt(),
                now()));
        return organisations.findTeam(current.id()).orElseThrow();
    }

    /** Tickets and tasks keep pointing at an archived team; it leaves the listing. */
    public AgentTeam archiveTeam(Actor actor, long id) {
        Actor.requireAdmin(actor);
        AgentTeam current = team(id);
        organisations.updateTeam(
                new AgentTeam(id, current.name(), current.description(), true, current.createdAt(), now()));
        return organisations.findTeam(id).orElseThrow();
    }

    /** Teams work tickets, so only agents and administrators can be members. */
    public AgentTeam addTeamMember(Actor actor, long teamId, long userId) {
        Actor.requireAdmin(actor);
        AgentTeam team = team(teamId);
        User user = user(userId);
        new Validation()
                .check(user.role().isStaff(), "userId", "must be an agent or administrator")
                .throwIfInvalid();
        organisations.addTeamMember(teamId, userId);
        return team;
    }

    public AgentTeam removeTeamMember(Actor actor, long teamId, long userId) {
        Actor.requireAdmin(actor);
        AgentTeam team = team(teamId);
        organisations.removeTeamMember(teamId, userId);
        return team;
    }

    private AgentTeam team(long id) {
        return organisations.findTeam(id).orElseThrow(() -> DomainException.notFound("Team", id));
    }

    private User user(long id) {
        return users.findById(id).orElseThrow(() -> DomainException.notFound("User", id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
