package io.polydesk.domain.relation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where links between tickets and parent/sub-ticket relations are kept. */
public interface RelationRepository {

    long insertLink(TicketLink link);

    /** The link between the two tickets, in either direction. */
    Optional<TicketLink> findLink(long ticketA, long ticketB);

    void deleteLink(long id);

    /** Every link touching any of the tickets, in one query, oldest first. */
    List<TicketLink> linksOf(Collection<Long> ticketIds);

    Optional<Long> parentOf(long ticketId);

    /** Sets or replaces the ticket's parent. */
    void setParent(long ticketId, long parentId, Instant at);

    void removeParent(long ticketId);

    /** Parents of many tickets in one query; tickets without a parent are absent. */
    List<TicketParent> parentsOf(Collection<Long> ticketIds);

    /** Children of many tickets in one query, ordered by child id. */
    List<TicketParent> childrenOf(Collection<Long> parentIds);
}
