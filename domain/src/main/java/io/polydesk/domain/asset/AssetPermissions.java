package io.polydesk.domain.asset;

/** What the caller may do with one asset: update (assignments included) and archive. */
public record AssetPermissions(boolean update, boolean archive) {}
