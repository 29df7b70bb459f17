package io.polydesk.persistence.catalog;

import io.polydesk.domain.catalog.CatalogRepository;
import io.polydesk.domain.catalog.Tag;
import io.polydesk.domain.catalog.TicketType;
import io.polydesk.persistence.support.GeneratedId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** Ticket types and tags. */
@Repository
public class MyBatisCatalogRepository implements CatalogRepository {

    private final CatalogMapper mapper;

    public MyBatisCatalogRepository(CatalogMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<TicketType> findType(long id) {
        return Optional.ofNullable(mapper.findType(id));
    }

    @Override
    public List<TicketType> types() {
        return mapper.types();
    }

    @Override
    public List<Tag> findTagsByNames(Collection<String> names) {
        return names.isEmpty() ? List.of() : mapper.findTagsByNames(names);
    }

    /**
     * Two requests may add the same new tag at once: the loser's insert hits the unique key after the winner
     * commits, and a locking read then finds the winner's row (a plain read would still use the old snapshot).
     */
    @Override
    public Tag ensureTag(String name) {
        Tag existing = mapper.findTagByName(name, false);
        if (existing != null) {
            return existing;
        }
        GeneratedId key = new GeneratedId();
        try {
            mapper.insertTag(name, key);
            return new Tag(key.value(), name);
        } catch (DuplicateKeyException raced) {
            Tag winner = mapper.findTagByName(name, true);
            if (winner == null) {
                throw raced;
            }
            return winner;
        }
    }

    @Override
    public List<Tag> tags() {
        return mapper.tags();
    }
}
