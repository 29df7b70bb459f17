package io.polydesk.domain.asset;

import java.util.List;
import java.util.Optional;

/** Asset types, asset statuses and locations: small lookup tables, read whole, archived entries included. */
public interface AssetCatalogRepository {

    List<AssetType> types();

    Optional<AssetType> findType(long id);

    long insertType(AssetType type);

    /** Writes the name, parent, icon and archived flag. */
    void updateType(AssetType type);

    List<AssetStatus> statuses();

    Optional<AssetStatus> findStatus(long id);

    long insertStatus(AssetStatus status);

    /** Writes the name, sort order and archived flag; the key never changes. */
    void updateStatus(AssetStatus status);

    void deleteStatus(long id);

    /** Whether any asset, archived or not, has this status. */
    boolean statusInUse(long id);

    List<Location> locations();

    Optional<Location> findLocation(long id);

    long insertLocation(Location location);

    /** Writes the name, parent and archived flag. */
    void updateLocation(Location location);
}
