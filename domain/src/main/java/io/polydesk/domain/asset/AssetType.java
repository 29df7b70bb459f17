package io.polydesk.domain.asset;

/** A kind of asset; types form a tree (Computer above Laptop), and a filter on a type includes its sub-types. */
public record AssetType(long id, String name, Long parentId, String icon) {
}
