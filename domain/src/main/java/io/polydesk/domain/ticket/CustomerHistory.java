package io.polydesk.domain.ticket;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A customer's view of ticket history. Entries that name another ticket (links, parents, merges) or an asset
 * would tell a customer about records they may not see, so such a value stays only when it names one of the
 * customer's own tickets; otherwise the entry remains, without the value. Two queries for any number of entries.
 */
final class CustomerHistory {

    /** Values are {@code KIND:NUMBER} for links and a ticket number for merges. */
    private static final Set<String> BY_NUMBER = Set.of("link", "merged", "mergedInto");
    /** Values are ticket ids. */
    private static final String PARENT = "parent";
    /** Values are {@code ID:NAME} of an asset; customers see the assets they may see on the ticket itself. */
    private static final String ASSET = "asset";

    private final TicketRepository tickets;

    CustomerHistory(TicketRepository tickets) {
        this.tickets = tickets;
    }

    List<TicketChange> redact(long customerId, List<TicketChange> changes) {
        Set<String> numbers = new HashSet<>();
        Set<Long> ids = new HashSet<>();
        for (TicketChange c : changes) {
            if (BY_NUMBER.contains(c.field())) {
                addNumber(numbers, c.fromValue());
                addNumber(numbers, c.toValue());
            } else if (PARENT.equals(c.field())) {
                addId(ids, c.fromValue());
                addId(ids, c.toValue());
            }
        }
        Set<String> ownNumbers = numbers.isEmpty() ? Set.of() : tickets.numbersRequestedBy(customerId, numbers);
        Set<String> ownIds = new HashSet<>();
        if (!ids.isEmpty()) {
            tickets.findByIds(ids).stream()
                    .filter(t -> !t.archived() && t.requesterId() == customerId)
                    .forEach(t -> ownIds.add(Long.toString(t.id())));
        }
        List<TicketChange> result = new ArrayList<>(changes.size());
        for (TicketChange c : changes) {
            if (BY_NUMBER.contains(c.field())) {
                result.add(keep(c, v -> ownNumbers.contains(number(v))));
            } else if (PARENT.equals(c.field())) {
                result.add(keep(c, ownIds::contains));
            } else if (ASSET.equals(c.field())) {
                result.add(keep(c, v -> false));
            } else {
                result.add(c);
            }
        }
        return result;
    }

    private static TicketChange keep(TicketChange c, Predicate<String> visible) {
        String from = c.fromValue() != null && visible.test(c.fromValue()) ? c.fromValue() : null;
        String to = c.toValue() != null && visible.test(c.toValue()) ? c.toValue() : null;
        return new TicketChange(c.id(), c.ticketId(), c.actorId(), c.at(), c.field(), from, to);
    }

    /** The ticket number in a value: after the link kind, if there is one. */
    private static String number(String value) {
        int colon = value.indexOf(':');
        return colon < 0 ? value : value.substring(colon + 1);
    }

    private static void addNumber(Collection<String> numbers, String value) {
        if (value != null) {
            numbers.add(number(value));
        }
    }

    private static void addId(Collection<Long> ids, String value) {
        if (value != null) {
            try {
                ids.add(Long.parseLong(value));
            } catch (NumberFormatException e) {
                // not an id: nothing to look up, and keep() hides it
            }
        }
    }
}
