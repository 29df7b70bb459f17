package io.polydesk.domain.asset;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.NameSearch;
import io.polydesk.domain.shared.OffsetPage;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Reads of manufacturers and suppliers. The lists are the service desk's purchasing data: staff only. A
 * customer sees a manufacturer or supplier only as a field of an asset they may see.
 */
@Service
public class AssetVendorQueries {

    private final AssetVendorRepository vendors;

    public AssetVendorQueries(AssetVendorRepository vendors) {
        this.vendors = vendors;
    }

    public List<AssetVendor> list(Actor actor, VendorKind kind, boolean includeArchived) {
        Actor.requireStaff(actor);
        return vendors.list(kind, includeArchived);
    }

    /** A page of live vendors of a kind whose names match, by name and id, paged in the database. Staff only. */
    public List<AssetVendor> page(Actor actor, VendorKind kind, NameSearch names, OffsetPage page) {
        Actor.requireStaff(actor);
        return vendors.page(kind, names, page.offset(), page.size());
    }

    /** Those named by assets the caller was already shown, in one query, keyed by id. */
    public Map<Long, AssetVendor> byIds(VendorKind kind, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return vendors.findByIds(kind, ids).stream().collect(Collectors.toMap(AssetVendor::id, Function.identity()));
    }

    /** A live one by its name ignoring case, for dialects that name them instead of numbering them. */
    public Optional<AssetVendor> liveNamed(VendorKind kind, String name) {
        return name == null || name.isBlank()
                ? java.util.Optional.empty()
                : vendors.findByName(kind, name.strip()).filter(v -> !v.archived());
    }
}
