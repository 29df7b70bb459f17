package io.polydesk.domain.asset;

import java.time.Instant;

/**
 * One page of an asset listing as the database runs it: after a keyset position (the id plus the typed sort
 * value that goes with it) or from an offset.
 */
public record AssetSearch(
        AssetCriteria criteria,
        AssetOrder order,
        Long afterId,
        Instant afterTime,
        String afterName,
        long offset,
        int limit) {

    /** A page from an offset, without a keyset position. */
    public static AssetSearch atOffset(AssetCriteria criteria, AssetOrder order, long offset, int limit) {
        return new AssetSearch(criteria, order, null, null, null, offset, limit);
    }
}
