package io.polydesk.domain.asset;

import java.util.List;
import java.util.Optional;

/** Asset types, asset statuses and locations: small lookup tables, read whole. */
public interface AssetCatalogRepository {

    List<AssetType> types();

    Optional<AssetType> findType(long id);

    long insertType(AssetType type);

    List<AssetStatus> statuses();

    Optional<AssetStatus> findStatus(long id);

    List<Location> locations();

    Optional<Location> findLocation(long id);

    long insertLocation(Location location);
}
