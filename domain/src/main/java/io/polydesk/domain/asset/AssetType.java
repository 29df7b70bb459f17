package io.polydesk.domain.asset;

/**
 * A kind of asset; types form a tree (Computer above Laptop), and a filter on a type includes its sub-types. An
 * archived type stays on the assets that have it but is no longer offered for new ones.
 */
public record AssetType(long id, String name, Long parentId, String icon, boolean archived) {}
