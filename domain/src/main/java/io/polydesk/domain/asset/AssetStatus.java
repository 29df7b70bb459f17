package io.polydesk.domain.asset;

/**
 * Where an asset is in its life (in stock, in use, retired ...), keyed by a stable code. Administrators manage
 * them; an archived status stays on the assets that have it but is no longer offered for new ones.
 */
public record AssetStatus(long id, String key, String name, int sortOrder, boolean archived) {}
