package io.polydesk.domain.asset;

/** One user an asset is assigned to. */
public record AssetUser(long assetId, long userId) {}
