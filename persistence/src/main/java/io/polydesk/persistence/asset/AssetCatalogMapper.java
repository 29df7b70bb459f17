package io.polydesk.persistence.asset;

import io.polydesk.domain.asset.AssetStatus;
import io.polydesk.domain.asset.AssetType;
import io.polydesk.domain.asset.Location;
import io.polydesk.persistence.support.GeneratedId;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for asset types, asset statuses and locations; statements live in {@code AssetCatalogMapper.xml}. */
@Mapper
public interface AssetCatalogMapper {

    List<AssetType> types();

    AssetType findType(@Param("id") long id);

    void insertType(@Param("type") AssetType type, @Param("key") GeneratedId key);

    void updateType(@Param("type") AssetType type);

    List<AssetStatus> statuses();

    AssetStatus findStatus(@Param("id") long id);

    void insertStatus(@Param("status") AssetStatus status, @Param("key") GeneratedId key);

    void updateStatus(@Param("status") AssetStatus status);

    void deleteStatus(@Param("id") long id);

    boolean statusInUse(@Param("id") long id);

    List<Location> locations();

    Location findLocation(@Param("id") long id);

    void insertLocation(@Param("location") Location location, @Param("key") GeneratedId key);

    void updateLocation(@Param("location") Location location);
}
