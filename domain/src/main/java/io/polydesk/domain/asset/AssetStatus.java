package io.polydesk.domain.asset;

/** Where an asset is in its life (in stock, in use, retired ...); seeded reference data, keyed by code. */
public record AssetStatus(long id, String key, String name, int sortOrder) {
}
