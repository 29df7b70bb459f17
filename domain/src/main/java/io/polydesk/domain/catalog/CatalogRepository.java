package io.polydesk.domain.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Ticket types and tags: small lookup tables. Teams are the organisation feature's {@code AgentTeam}. */
public interface CatalogRepository {

    Optional<TicketType> findType(long id);

    List<TicketType> types();

    List<Tag> findTagsByNames(Collection<String> names);

    /** Inserts the tag if missing (ignoring case) and returns it. */
    Tag ensureTag(String name);

    List<Tag> tags();
}
