package io.polydesk.domain.catalog;

import io.polydesk.domain.shared.Actor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Reads of the ticket lookup tables, for the surfaces that list them or name entries by id. */
@Service
public class CatalogQueries {

    private final CatalogRepository catalog;

    public CatalogQueries(CatalogRepository catalog) {
        this.catalog = catalog;
    }

    /** Every ticket type by name; anyone signed in may list them, as they may file tickets. */
    public List<TicketType> ticketTypes(Actor actor) {
        Actor.require(actor);
        return catalog.types();
    }

    public Map<Long, TicketType> ticketTypesByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return catalog.types().stream()
                .filter(t -> ids.contains(t.id()))
                .collect(Collectors.toMap(TicketType::id, Function.identity()));
    }

    /** Every tag by name. Staff only: tag names of other people's tickets are not for customers. */
    public List<Tag> tags(Actor actor) {
        Actor.requireStaff(actor);
        return catalog.tags();
    }

    /** The tags among {@code ids}, keyed by id; unknown ids are left out. */
    public Map<Long, Tag> tagsByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return catalog.tags().stream()
                .filter(t -> ids.contains(t.id()))
                .collect(Collectors.toMap(Tag::id, Function.identity()));
    }
}
