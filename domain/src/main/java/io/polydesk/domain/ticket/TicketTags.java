package io.polydesk.domain.ticket;

import io.polydesk.domain.catalog.CatalogRepository;
import io.polydesk.domain.catalog.Tag;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Component;

/** A ticket's tags as names: normalised (stripped, distinct, sorted) the same way on creation and on update. */
@Component
class TicketTags {

    private final TicketRepository tickets;
    private final CatalogRepository catalog;

    TicketTags(TicketRepository tickets, CatalogRepository catalog) {
        this.tickets = tickets;
        this.catalog = catalog;
    }

    List<String> namesOf(long ticketId) {
        return tickets.tagsOf(List.of(ticketId)).stream()
                .map(t -> t.tag().name())
                .sorted()
                .toList();
    }

    static List<String> normalized(List<String> tags) {
        return new LinkedHashSet<>(
                        tags == null
                                ? List.<String>of()
                                : tags.stream().map(String::strip).toList())
                .stream().sorted().toList();
    }

    /** Replaces the ticket's tags, creating the ones that do not exist yet. */
    void replace(long ticketId, List<String> names) {
        tickets.replaceTags(ticketId, tagIds(names));
    }

    private List<Long> tagIds(List<String> names) {
        return normalized(names).stream()
                .map(catalog::ensureTag)
                .map(Tag::id)
                .distinct()
                .toList();
    }
}
