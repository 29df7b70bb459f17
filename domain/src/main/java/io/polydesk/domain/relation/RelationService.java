package io.polydesk.domain.relation;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketAccess;
import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.domain.ticket.TicketRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Linking tickets and arranging them as parent and sub-tickets. Staff only; both tickets must be visible to
 * the caller. A ticket has at most one parent and the parent chain never loops back on itself.
 */
@Service
public class RelationService {

    private final RelationRepository relations;
    private final TicketAccess access;
    private final TicketRepository tickets;
    private final Clock clock;

    public RelationService(RelationRepository relations, TicketAccess access, TicketRepository tickets, Clock clock) {
        this.relations = relations;
        this.access = access;
        this.tickets = tickets;
        this.clock = clock;
    }

    @Transactional
    public TicketLink link(Actor actor, long sourceId, long targetId, LinkKind kind) {
        Actor.requireStaff(actor);
        if (kind == null) {
            throw DomainException.invalid("kind", "must not be blank");
        }
        if (sourceId == targetId) {
            throw DomainException.invalid("targetId", "cannot link a ticket to itself");
        }
        Ticket source = access.visible(actor, sourceId);
        Ticket target = access.visible(actor, targetId);
        Optional<TicketLink> existing = relations.findLink(sourceId, targetId);
        if (existing.isPresent()) {
            throw DomainException.conflict("Tickets " + sourceId + " and " + targetId + " are already linked ("
                    + existing.get().kind().name().toLowerCase() + ")");
        }
        Instant now = now();
        long id = relations.insertLink(new TicketLink(0, sourceId, targetId, kind, actor.userId(), now));
        tickets.addHistory(List.of(
                new TicketChange(0, sourceId, actor.userId(), now, "link", null, kind.name() + ":" + target.number()),
                new TicketChange(0, targetId, actor.userId(), now, "link", null, kind.name() + ":" + source.number())));
        return relations.findLink(sourceId, targetId).filter(l -> l.id() == id).orElseThrow();
    }

    /** Removes the link between the two tickets, whichever way it points. */
    @Transactional
    public void unlink(Actor actor, long ticketId, long otherTicketId) {
        Actor.requireStaff(actor);
        Ticket a = access.visible(actor, ticketId);
        Ticket b = access.visible(actor, otherTicketId);
        TicketLink link = relations
                .findLink(ticketId, otherTicketId)
                .orElseThrow(
                        () -> DomainException.notFound("Link between tickets " + ticketId + " and", otherTicketId));
        relations.deleteLink(link.id());
        Instant now = now();
        tickets.addHistory(List.of(
                new TicketChange(
                        0, ticketId, actor.userId(), now, "link", link.kind().name() + ":" + b.number(), null),
                new TicketChange(
                        0,
                        otherTicketId,
                        actor.userId(),
                        now,
                        "link",
                        link.kind().name() + ":" + a.number(),
                        null)));
    }

    @Transactional
    public void setParent(Actor actor, long ticketId, long parentId) {
        Actor.requireStaff(actor);
        if (ticketId == parentId) {
            throw DomainException.invalid("parentId", "a ticket cannot be its own parent");
        }
        Ticket child = access.visible(actor, ticketId);
        Ticket parent = access.visible(actor, parentId);
        if (isAncestorOrSelf(ticketId, parentId)) {
            throw DomainException.invalid(
                    "parentId", "would make a cycle: ticket " + parentId + " is already below ticket " + ticketId);
        }
        Optional<Long> previous = relations.parentOf(ticketId);
        if (previous.isPresent() && previous.get() == parentId) {
            return;
        }
        Instant now = now();
        relations.setParent(ticketId, parentId, now);
        tickets.addHistory(List.of(new TicketChange(
                0,
                ticketId,
                actor.userId(),
                now,
                "parent",
                previous.map(String::valueOf).orElse(null),
                String.valueOf(parent.id()))));
    }

    @Transactional
    public void removeParent(Actor actor, long ticketId) {
        Actor.requireStaff(actor);
        access.visible(actor, ticketId);
        Optional<Long> previous = relations.parentOf(ticketId);
        if (previous.isEmpty()) {
            return;
        }
        relations.removeParent(ticketId);
        tickets.addHistory(List.of(
                new TicketChange(0, ticketId, actor.userId(), now(), "parent", String.valueOf(previous.get()), null)));
    }

    /** Whether {@code ancestor} is {@code ticket} or lies on the parent chain above it. */
    public boolean isAncestorOrSelf(long ancestor, long ticket) {
        Set<Long> seen = new HashSet<>();
        Long current = ticket;
        while (current != null && seen.add(current)) {
            if (current == ancestor) {
                return true;
            }
            current = relations.parentOf(current).orElse(null);
        }
        return false;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
