package io.polydesk.persistence.asset;

import io.polydesk.domain.asset.AssetVendor;
import io.polydesk.domain.asset.VendorKind;
import io.polydesk.persistence.support.GeneratedId;
import io.polydesk.persistence.support.NameConditions;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * SQL for manufacturers and suppliers; statements live in {@code AssetVendorMapper.xml}, which picks the table
 * from the kind.
 */
@Mapper
public interface AssetVendorMapper {

    void insert(@Param("vendor") AssetVendor vendor, @Param("key") GeneratedId key);

    void update(@Param("vendor") AssetVendor vendor);

    AssetVendor findById(@Param("kind") VendorKind kind, @Param("id") long id);

    List<AssetVendor> findByIds(@Param("kind") VendorKind kind, @Param("ids") Collection<Long> ids);

    AssetVendor findByName(@Param("kind") VendorKind kind, @Param("name") String name);

    List<AssetVendor> list(@Param("kind") VendorKind kind, @Param("includeArchived") boolean includeArchived);

    List<AssetVendor> page(
            @Param("kind") VendorKind kind,
            @Param("names") NameConditions names,
            @Param("offset") long offset,
            @Param("limit") int limit);
}
