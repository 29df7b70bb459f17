package io.polydesk.domain.ticket;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserRepository;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users who follow a ticket (Jitbit's subscribers). Staff manage and list them; adding twice or removing
 * someone who does not follow is harmless. Only live users may be added.
 */
@Service
public class TicketSubscriptions {

    private final TicketSubscriberRepository subscribers;
    private final TicketAccess access;
    private final UserRepository users;
    private final Clock clock;

    public TicketSubscriptions(
            TicketSubscriberRepository subscribers, TicketAccess access, UserRepository users, Clock clock) {
        this.subscribers = subscribers;
        this.access = access;
        this.users = users;
        this.clock = clock;
    }

    public List<User> subscribers(Actor actor, long ticketId) {
        Actor.requireStaff(actor);
        access.visible(actor, ticketId);
        List<Long> ids = subscribers.userIds(ticketId);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<User> found = users.findByIds(ids);
        return ids.stream()
                .flatMap(id -> found.stream().filter(u -> u.id() == id))
                .toList();
    }

    @Transactional
    public void subscribe(Actor actor, long ticketId, long userId) {
        Actor.requireStaff(actor);
        access.visible(actor, ticketId);
        User user = users.findById(userId).orElseThrow(() -> DomainException.notFound("User", userId));
        if (!user.active()) {
            throw DomainException.invalid("userId", "is an archived user");
        }
        subscribers.add(ticketId, userId, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    @Transactional
    public void unsubscribe(Actor actor, long ticketId, long userId) {
        Actor.requireStaff(actor);
        access.visible(actor, ticketId);
        subscribers.remove(ticketId, userId);
    }
}
