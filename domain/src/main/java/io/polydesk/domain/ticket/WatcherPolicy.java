package io.polydesk.domain.ticket;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.user.User;

/**
 * Who may follow a ticket and who may change that. A watcher must be a live user who could see the ticket, so a
 * customer follows only tickets they requested. Anyone who sees a ticket may follow or leave it themselves; adding
 * or removing somebody else is for agents and administrators, as they already assign and route tickets.
 */
public final class WatcherPolicy {

    private WatcherPolicy() {}

    /** Whether {@code watcher} may follow {@code ticket}: a live user to whom the ticket is visible. */
    public static boolean canWatch(User watcher, Ticket ticket) {
        return watcher.active() && TicketPolicy.canView(asActor(watcher), ticket);
    }

    /** Whether {@code actor} may add {@code watcherId} to, or remove them from, the watchers of a ticket they see. */
    public static boolean canManage(Actor actor, long watcherId) {
        return actor.isStaff() || actor.userId() == watcherId;
    }

    private static Actor asActor(User user) {
        return new Actor(user.id(), user.username(), user.role());
    }
}
