package io.polydesk.domain.ticket;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserProjection;
import io.polydesk.domain.user.UserRepository;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users who follow a ticket: Jitbit's subscribers and GraphQL's watchers, one concept. Adding twice or
 * removing someone who does not follow is harmless. {@link WatcherPolicy} says who may follow and who may change
 * that; what one watcher sees of another is {@link UserProjection}'s.
 */
@Service
public class TicketSubscriptions {

    /** The most watchers one ticket answers per request. */
    public static final int MAX_LISTED = 100;

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

    /** Jitbit's subscriber list: staff only. */
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

    /** Jitbit's add: staff only. */
    @Transactional
    public void subscribe(Actor actor, long ticketId, long userId) {
        Actor.requireStaff(actor);
        watch(actor, ticketId, userId);
    }

    /** Jitbit's remove: staff only. */
    @Transactional
    public void unsubscribe(Actor actor, long ticketId, long userId) {
        Actor.requireStaff(actor);
        unwatch(actor, ticketId, userId);
    }

    /**
     * {@code watcherId} (the caller when null) follows the ticket from now on. NOT_FOUND for a ticket the caller
     * cannot see or an unknown user; FORBIDDEN for a customer adding somebody else; INVALID for an archived user
     * or one who could not see the ticket.
     */
    @Transactional
    public Ticket watch(Actor actor, long ticketId, Long watcherId) {
        Ticket ticket = access.visible(actor, ticketId);
        long userId = watcherId == null ? actor.userId() : watcherId;
        requireManage(actor, userId);
        User user = users.findById(userId).orElseThrow(() -> DomainException.notFound("User", userId));
        if (!user.active()) {
            throw DomainException.invalid("userId", "is an archived user");
        }
        if (!WatcherPolicy.canWatch(user, ticket)) {
            throw DomainException.invalid("userId", "cannot see this ticket, so cannot watch it");
        }
        subscribers.add(ticketId, userId, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        return ticket;
    }

    /** {@code watcherId} (the caller when null) no longer follows the ticket; the same rights as {@link #watch}. */
    @Transactional
    public Ticket unwatch(Actor actor, long ticketId, Long watcherId) {
        Ticket ticket = access.visible(actor, ticketId);
        long userId = watcherId == null ? actor.userId() : watcherId;
        requireManage(actor, userId);
        subscribers.remove(ticketId, userId);
        return ticket;
    }

    /**
     * The first {@code limit} watchers of each ticket the caller may see, in the order they began to follow, as
     * the caller may see them; two queries for any number of tickets. Tickets the caller may not see get none.
     */
    public Map<Long, List<User>> watchersOf(Actor actor, Collection<Ticket> tickets, int limit) {
        Actor.require(actor);
        if (limit < 0 || limit > MAX_LISTED) {
            throw DomainException.invalid("watchers.first", "must be between 0 and " + MAX_LISTED);
        }
        List<Long> ticketIds = visibleIds(actor, tickets);
        if (ticketIds.isEmpty() || limit == 0) {
            return Map.of();
        }
        Map<Long, List<Long>> byTicket = subscribers.firstUserIds(ticketIds, limit);
        Set<Long> userIds = new HashSet<>();
        byTicket.values().forEach(userIds::addAll);
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, User> found = users.findByIds(userIds).stream()
                .collect(Collectors.toMap(User::id, u -> UserProjection.forViewer(actor, u)));
        Map<Long, List<User>> result = new LinkedHashMap<>();
        byTicket.forEach((ticketId, ids) -> result.put(
                ticketId, ids.stream().map(found::get).filter(u -> u != null).toList()));
        return result;
    }

    /** Which of these tickets the caller follows, in one query. */
    public Set<Long> watchedByViewer(Actor actor, Collection<Ticket> tickets) {
        Actor.require(actor);
        List<Long> ticketIds = visibleIds(actor, tickets);
        return ticketIds.isEmpty() ? Set.of() : Set.copyOf(subscribers.followedAmong(actor.userId(), ticketIds));
    }

    /** How many follow each ticket the caller may see, in one query. */
    public Map<Long, Long> watcherCounts(Actor actor, Collection<Ticket> tickets) {
        Actor.require(actor);
        List<Long> ticketIds = visibleIds(actor, tickets);
        return ticketIds.isEmpty() ? Map.of() : new HashMap<>(subscribers.counts(ticketIds));
    }

    private static List<Long> visibleIds(Actor actor, Collection<Ticket> tickets) {
        return tickets.stream()
                .filter(t -> TicketPolicy.canView(actor, t))
                .map(Ticket::id)
                .distinct()
                .toList();
    }

    private static void requireManage(Actor actor, long userId) {
        if (!WatcherPolicy.canManage(actor, userId)) {
            throw DomainException.forbidden("Only agents and administrators may add or remove other watchers");
        }
    }
}
