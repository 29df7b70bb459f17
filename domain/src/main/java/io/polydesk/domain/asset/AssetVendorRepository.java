package io.polydesk.domain.asset;

import io.polydesk.domain.shared.NameSearch;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where manufacturers and suppliers are kept, each kind in its own table. */
public interface AssetVendorRepository {

    long insert(AssetVendor vendor);

    /** Writes the name, the archived flag and the update time. */
    void update(AssetVendor vendor);

    Optional<AssetVendor> findById(VendorKind kind, long id);

    List<AssetVendor> findByIds(VendorKind kind, Collection<Long> ids);

    /** The one whose name equals {@code name} ignoring case. */
    Optional<AssetVendor> findByName(VendorKind kind, String name);

    /** By name, then id; archived ones only when asked for. */
    List<AssetVendor> list(VendorKind kind, boolean includeArchived);

    /** Live vendors of a kind whose names match, by name and id, {@code limit} rows after {@code offset}. */
    List<AssetVendor> page(VendorKind kind, NameSearch names, long offset, int limit);
}
