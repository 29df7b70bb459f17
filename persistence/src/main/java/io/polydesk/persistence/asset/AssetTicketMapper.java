package io.polydesk.persistence.asset;

import io.polydesk.domain.asset.AssetTicket;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for the links between assets and tickets; statements live in {@code AssetTicketMapper.xml}. */
@Mapper
public interface AssetTicketMapper {

    boolean exists(@Param("assetId") long assetId, @Param("ticketId") long ticketId);

    void insert(@Param("assetId") long assetId, @Param("ticketId") long ticketId, @Param("at") Instant at);

    int delete(@Param("assetId") long assetId, @Param("ticketId") long ticketId);

    List<AssetTicket> ofAssets(@Param("assetIds") Collection<Long> assetIds);

    List<AssetTicket> ofTickets(@Param("ticketIds") Collection<Long> ticketIds);

    void deleteSharedWithTarget(@Param("source") long source, @Param("target") long target);

    void moveTicket(@Param("source") long source, @Param("target") long target);
}
