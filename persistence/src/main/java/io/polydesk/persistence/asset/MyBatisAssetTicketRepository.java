package io.polydesk.persistence.asset;

import io.polydesk.domain.asset.AssetTicket;
import io.polydesk.domain.asset.AssetTicketRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** Links between assets and tickets. */
@Repository
public class MyBatisAssetTicketRepository implements AssetTicketRepository {

    private final AssetTicketMapper mapper;

    public MyBatisAssetTicketRepository(AssetTicketMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean link(long assetId, long ticketId, Instant at) {
        if (mapper.exists(assetId, ticketId)) {
            return false;
        }
        try {
            mapper.insert(assetId, ticketId, at);
            return true;
        } catch (DuplicateKeyException e) {
            // A concurrent link of the same pair got there first: linking is idempotent.
            return false;
        }
    }

    @Override
    public boolean unlink(long assetId, long ticketId) {
        return mapper.delete(assetId, ticketId) > 0;
    }

    @Override
    public List<AssetTicket> ofAssets(Collection<Long> assetIds) {
        return assetIds.isEmpty() ? List.of() : mapper.ofAssets(assetIds);
    }

    @Override
    public List<AssetTicket> ofTickets(Collection<Long> ticketIds) {
        return ticketIds.isEmpty() ? List.of() : mapper.ofTickets(ticketIds);
    }

    @Override
    public void moveTicket(long sourceTicketId, long targetTicketId) {
        mapper.deleteSharedWithTarget(sourceTicketId, targetTicketId);
        mapper.moveTicket(sourceTicketId, targetTicketId);
    }
}
