package io.polydesk.persistence.asset;

import io.polydesk.domain.asset.AssetVendor;
import io.polydesk.domain.asset.AssetVendorRepository;
import io.polydesk.domain.asset.VendorKind;
import io.polydesk.domain.shared.NameSearch;
import io.polydesk.persistence.support.GeneratedId;
import io.polydesk.persistence.support.NameConditions;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Manufacturers and suppliers. */
@Repository
public class MyBatisAssetVendorRepository implements AssetVendorRepository {

    private final AssetVendorMapper mapper;

    public MyBatisAssetVendorRepository(AssetVendorMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public long insert(AssetVendor vendor) {
        GeneratedId key = new GeneratedId();
        mapper.insert(vendor, key);
        return key.value();
    }

    @Override
    public void update(AssetVendor vendor) {
        mapper.update(vendor);
    }

    @Override
    public Optional<AssetVendor> findById(VendorKind kind, long id) {
        return Optional.ofNullable(mapper.findById(kind, id));
    }

    @Override
    public List<AssetVendor> findByIds(VendorKind kind, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : mapper.findByIds(kind, ids);
    }

    @Override
    public Optional<AssetVendor> findByName(VendorKind kind, String name) {
        return Optional.ofNullable(mapper.findByName(kind, name));
    }

    @Override
    public List<AssetVendor> list(VendorKind kind, boolean includeArchived) {
        return mapper.list(kind, includeArchived);
    }

    @Override
    public List<AssetVendor> page(VendorKind kind, NameSearch names, long offset, int limit) {
        return mapper.page(kind, new NameConditions(names), offset, limit);
    }
}
