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
        int limit) {}
