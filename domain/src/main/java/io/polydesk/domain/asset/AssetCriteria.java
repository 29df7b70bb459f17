package io.polydesk.domain.asset;

import java.util.List;

/**
 * A filter resolved for the database: tree filters expanded to id lists, visibility applied. An empty id list
 * does not filter; {@code visibleTo} keeps only assets that user owns or is assigned to; {@code nothing}
 * means no row can match.
 */
public record AssetCriteria(
        List<Long> typeIds,
        Long statusId,
        List<Long> locationIds,
        Long ownerId,
        Long assignedUserId,
        String tag,
        String text,
        Long visibleTo,
        boolean nothing) {

    public AssetCriteria {
        typeIds = typeIds == null ? List.of() : List.copyOf(typeIds);
        locationIds = locationIds == null ? List.of() : List.copyOf(locationIds);
    }

    public static AssetCriteria all() {
        return new AssetCriteria(List.of(), null, List.of(), null, null, null, null, null, false);
    }
}
