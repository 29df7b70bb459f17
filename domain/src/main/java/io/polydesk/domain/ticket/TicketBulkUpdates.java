package io.polydesk.domain.ticket;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Changes to many tickets at once, and tags added or removed. Each ticket is checked by {@link TicketUpdates} and
 * written in a transaction of its own, on purpose: a ticket the rules refuse is reported and does not undo the
 * others.
 */
@Service
public class TicketBulkUpdates {

    public static final int MAX_TICKETS = 100;

    private final TicketUpdates updates;
    private final TicketAccess access;
    private final TicketTags tags;
    private final TransactionOperations transactions;

    public TicketBulkUpdates(
            TicketUpdates updates, TicketAccess access, TicketTags tags, TransactionOperations transactions) {
        this.updates = updates;
        this.access = access;
        this.tags = tags;
        this.transactions = transactions;
    }

    /** A ticket the rules refused, by its position in the request. */
    public record Refusal(int index, long ticketId, DomainException reason) {}

    /** The tickets changed, in the request's order, and those refused. */
    public record Outcome(List<Ticket> updated, List<Refusal> refused) {}

    /** Staff only; 1 to {@value #MAX_TICKETS} tickets, each in its own transaction. */
    public Outcome update(Actor actor, List<Long> ticketIds, BulkTicketChange change) {
        Actor.requireStaff(actor);
        if (ticketIds.isEmpty() || ticketIds.size() > MAX_TICKETS) {
            throw DomainException.invalid("ids", "must name 1 to " + MAX_TICKETS + " tickets, got " + ticketIds.size());
        }
        if (ticketIds.stream().distinct().count() != ticketIds.size()) {
            throw DomainException.invalid("ids", "must not name a ticket twice");
        }
        List<Ticket> updated = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (int i = 0; i < ticketIds.size(); i++) {
            long id = ticketIds.get(i);
            try {
                updated.add(transactions.execute(status -> applyTo(actor, id, change)));
            } catch (DomainException e) {
                refused.add(new Refusal(i, id, e));
            }
        }
        return new Outcome(updated, refused);
    }

    /** Adds {@code add} to the ticket's tags, or removes {@code remove}; who may change tags is as for updates. */
    public Ticket changeTags(Actor actor, long ticketId, List<String> add, List<String> remove) {
        Actor.require(actor);
        BulkTicketChange change = BulkTicketChange.tags(add, remove);
        return transactions.execute(status -> applyTo(actor, ticketId, change));
    }

    private Ticket applyTo(Actor actor, long ticketId, BulkTicketChange change) {
        Ticket current = access.visible(actor, ticketId);
        UpdateTicket.Builder update = UpdateTicket.builder()
                .status(change.status())
                .priority(change.priority())
                .assigneeId(change.assigneeId())
                .teamId(change.teamId())
                .expectedLockVersion(current.lockVersion());
        if (change.changesTags()) {
            Set<String> next = new LinkedHashSet<>(tags.namesOf(ticketId));
            next.addAll(TicketTags.normalized(change.addTags()));
            next.removeAll(TicketTags.normalized(change.removeTags()));
            update.tags(Change.to(List.copyOf(next)));
        }
        return updates.update(actor, ticketId, update.build());
    }
}
