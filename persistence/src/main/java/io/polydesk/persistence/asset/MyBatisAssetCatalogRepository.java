package io.polydesk.persistence.asset;

import io.polydesk.domain.asset.AssetCatalogRepository;
import io.polydesk.domain.asset.AssetStatus;
import io.polydesk.domain.asset.AssetType;
import io.polydesk.domain.asset.Location;
import io.polydesk.persistence.support.GeneratedId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Asset types, asset statuses and locations. */
@Repository
public class MyBatisAssetCatalogRepository implements AssetCatalogRepository {

    private final AssetCatalogMapper mapper;

    public MyBatisAssetCatalogRepository(AssetCatalogMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<AssetType> types() {
        return mapper.types();
    }

    @Override
    public Optional<AssetType> findType(long id) {
        return Optional.ofNullable(mapper.findType(id));
    }

    @Override
    public long insertType(AssetType type) {
        GeneratedId key = new GeneratedId();
        mapper.insertType(type, key);
        return key.value();
    }

    @Override
    public void updateType(AssetType type) {
        mapper.updateType(type);
    }

    @Override
    public List<AssetStatus> statuses() {
        return mapper.statuses();
    }

    @Override
    public Optional<AssetStatus> findStatus(long id) {
        return Optional.ofNullable(mapper.findStatus(id));
    }

    @Override
    public long insertStatus(AssetStatus status) {
        GeneratedId key = new GeneratedId();
        mapper.insertStatus(status, key);
        return key.value();
    }

    @Override
    public void updateStatus(AssetStatus status) {
        mapper.updateStatus(status);
    }

    @Override
    public void deleteStatus(long id) {
        mapper.deleteStatus(id);
    }

    @Override
    public boolean statusInUse(long id) {
        return mapper.statusInUse(id);
    }

    @Override
    public List<Location> locations() {
        return mapper.locations();
    }

    @Override
    public Optional<Location> findLocation(long id) {
        return Optional.ofNullable(mapper.findLocation(id));
    }

    @Override
    public long insertLocation(Location location) {
        GeneratedId key = new GeneratedId();
        mapper.insertLocation(location, key);
        return key.value();
    }

    @Override
    public void updateLocation(Location location) {
        mapper.updateLocation(location);
    }
}
