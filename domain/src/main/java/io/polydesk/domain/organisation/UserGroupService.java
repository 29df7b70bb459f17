package io.polydesk.domain.organisation;

import io.polydesk.domain.organisation.OrganisationCommands.CreateUserGroup;
import io.polydesk.domain.organisation.OrganisationCommands.UpdateUserGroup;
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

/** User groups and who is in them: administrators only. A group is only a set of users. */
@Service
@Transactional
public class UserGroupService {

    private final OrganisationRepository organisations;
    private final UserRepository users;
    private final Clock clock;

    public UserGroupService(OrganisationRepository organisations, UserRepository users, Clock clock) {
        this.organisations = organisations;
        this.users = users;
        this.clock = clock;
    }

    public UserGroup createUserGroup(Actor actor, CreateUserGroup c) {
        Actor.requireAdmin(actor);
        new Validation()
                .check(!organisations.userGroupNameTaken(c.name(), 0), "name", "is already taken")
                .throwIfInvalid();
        Instant now = now();
        long id = organisations.insertUserGroup(new UserGroup(0, c.name(), c.description(), now, now));
        return organisations.findUserGroup(id).orElseThrow();
    }

    public UserGroup updateUserGroup(Actor actor, UpdateUserGroup c) {
        Actor.requireAdmin(actor);
        UserGroup current = userGroup(c.id());
        String name = c.name().orElse(current.name());
        new Validation()
                .check(!organisations.userGroupNameTaken(name, current.id()), "name", "is already taken")
                .throwIfInvalid();
        organisations.updateUserGroup(new UserGroup(
                current.id(), name, c.description().orElse(current.description()), current.createdAt(), now()));
        return organisations.findUserGroup(current.id()).orElseThrow();
    }

    /** A group is only a set of users, so it is deleted outright; the users stay. */
    public void deleteUserGroup(Actor actor, long id) {
        Actor.requireAdmin(actor);
        userGroup(id);
        organisations.deleteUserGroup(id);
    }

    /** Adding a member twice changes nothing. */
    public UserGroup addUserGroupMember(Actor actor, long groupId, long userId) {
        Actor.requireAdmin(actor);
        UserGroup group = userGroup(groupId);
        user(userId);
        organisations.addUserGroupMember(groupId, userId);
        return group;
    }

    public UserGroup removeUserGroupMember(Actor actor, long groupId, long userId) {
        Actor.requireAdmin(actor);
        UserGroup group = userGroup(groupId);
        organisations.removeUserGroupMember(groupId, userId);
        return group;
    }

    private UserGroup userGroup(long id) {
        return organisations.findUserGroup(id).orElseThrow(() -> DomainException.notFound("User group", id));
    }

    private User user(long id) {
        return users.findById(id).orElseThrow(() -> DomainException.notFound("User", id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
