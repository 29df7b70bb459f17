package io.polydesk.domain.shared;

/** The authenticated caller, whatever credential form brought them in. */
public record Actor(long userId, String username, Role role) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isStaff() {
        return role.isStaff();
    }

    /** Services take a nullable actor so that "not logged in" is one rule in one place. */
    public static Actor require(Actor actor) {
        if (actor == null) {
            throw DomainException.unauthenticated();
        }
        return actor;
    }

    public static Actor requireStaff(Actor actor) {
        require(actor);
        if (!actor.isStaff()) {
            throw DomainException.forbidden("Only agents and administrators may do this");
        }
        return actor;
    }

    public static Actor requireAdmin(Actor actor) {
        require(actor);
        if (!actor.isAdmin()) {
            throw DomainException.forbidden("Only administrators may do this");
        }
        return actor;
    }
}
