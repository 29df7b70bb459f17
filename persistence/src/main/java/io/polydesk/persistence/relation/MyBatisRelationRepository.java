package io.polydesk.persistence.relation;

import io.polydesk.domain.relation.RelationRepository;
import io.polydesk.domain.relation.TicketLink;
import io.polydesk.domain.relation.TicketParent;
import io.polydesk.persistence.support.GeneratedId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Links between tickets (one per pair, stored with the pair's ids ordered) and parent/sub-ticket rows. */
@Repository
public class MyBatisRelationRepository implements RelationRepository {

    private final RelationMapper mapper;

    public MyBatisRelationRepository(RelationMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public long insertLink(TicketLink link) {
        GeneratedId key = new GeneratedId();
        long a = link.sourceTicketId();
        long b = link.targetTicketId();
        mapper.insertLink(link, Math.min(a, b), Math.max(a, b), key);
        return key.value();
    }

    @Override
    public Optional<TicketLink> findLink(long ticketA, long ticketB) {
        return Optional.ofNullable(mapper.findLink(Math.min(ticketA, ticketB), Math.max(ticketA, ticketB)));
    }

    @Override
    public void deleteLink(long id) {
        mapper.deleteLink(id);
    }

    @Override
    public List<TicketLink> linksOf(Collection<Long> ticketIds) {
        return ticketIds.isEmpty() ? List.of() : mapper.linksOf(ticketIds);
    }

    @Override
    public Optional<Long> parentOf(long ticketId) {
        return Optional.ofNullable(mapper.parentOf(ticketId));
    }

    @Override
    public void setParent(long ticketId, long parentId, Instant at) {
        if (mapper.updateParent(ticketId, parentId, at) == 0) {
            mapper.insertParent(ticketId, parentId, at);
        }
    }

    @Override
    public void removeParent(long ticketId) {
        mapper.removeParent(ticketId);
    }

    @Override
    public List<TicketParent> parentsOf(Collection<Long> ticketIds) {
        return ticketIds.isEmpty() ? List.of() : mapper.parentsOf(ticketIds);
    }

    @Override
    public List<TicketParent> childrenOf(Collection<Long> parentIds) {
        return parentIds.isEmpty() ? List.of() : mapper.childrenOf(parentIds);
    }
}
