package io.polydesk.domain.asset;

/**
 * What a caller asks to see; null fields do not filter. A type or location filter includes everything below
 * it in its tree, so "Computer" finds laptops and "Building A" finds its rooms. Visibility is added by the
 * queries, never by the caller.
 */
public record AssetFilter(
        Long typeId, Long statusId, Long locationId, Long ownerId, Long assignedUserId, String tag, String text) {

    public static AssetFilter none() {
        return new AssetFilter(null, null, null, null, null, null, null);
    }
}
